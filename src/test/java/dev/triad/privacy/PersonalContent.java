package dev.triad.privacy;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.ItemEntry;
import dev.triad.alignment.AlignmentService.LeaderWords;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportCadence;
import dev.triad.alignment.ReportText;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.ScoreLine;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.IntakeService;
import dev.triad.engagement.IntakeService.IntakeText;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseMoved;
import dev.triad.engagement.PhaseService;
import dev.triad.evaluation.CloseOutService;
import dev.triad.evaluation.CloseOutService.Answers;
import dev.triad.evaluation.EvaluationService;
import dev.triad.evaluation.ReferralKind;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.reflection.Journal;
import dev.triad.reflection.ReflectionText;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One engagement's worth of every kind of personal content, written through the application's services by the people
 * who write it, each text carrying the same unique marker, so that a test can look for the marker anywhere (an export,
 * every text column of the database) and find exactly what it should.
 */
class PersonalContent {

    /** What the content was written in, and the texts nobody but the coach (or no one) may read. */
    record Written(
            Triad triad,
            String marker,
            Long goalId,
            Long sessionId,
            Long assessmentId,
            Long feedbackAssessmentId,
            Long meetingId,
            String privateNote,
            String coachability,
            List<String> raterNames,
            List<String> raterEmails,
            byte[] reportFile) {
        Long id() {
            return triad.id();
        }
    }

    private final ApplicationContext context;
    private final Fixtures fixtures;
    private final Activity activity;
    private final JdbcTemplate jdbc;

    PersonalContent(ApplicationContext context) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.activity = new Activity(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    private CurrentUser as(User user) {
        return fixtures.principal(user);
    }

    private <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    Written writeAll(Triad t) {
        String m = "M" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Long id = t.id();
        CurrentUser client = as(t.client());
        CurrentUser coach = as(t.coach());
        CurrentUser leader = as(t.leader());
        LocalDate today = LocalDate.now();

        GoalService goals = bean(GoalService.class);
        Long goalId = goals.create(
                        id,
                        new GoalDetails(
                                "Goal " + m,
                                "Success " + m,
                                GoalCategory.WORK,
                                "points " + m,
                                BigDecimal.ONE,
                                BigDecimal.TEN,
                                GoalStatus.ACTIVE,
                                GoalVisibility.SHARED),
                        client)
                .getId();
        goals.checkIn(id, goalId, today, new BigDecimal("4"), "Check-in comment " + m, client);
        goals.addLeaderInput(id, goalId, "Leader input " + m, leader);
        ActionStepService steps = bean(ActionStepService.class);
        Long stepId =
                steps.add(id, goalId, "Step " + m, today.plusDays(7), client).getId();
        steps.addNote(id, stepId, "Step note " + m, client);

        bean(Journal.class)
                .write(
                        id,
                        client,
                        today.with(DayOfWeek.MONDAY),
                        new ReflectionText("Reflection " + m, null, null),
                        false);

        SessionService sessions = bean(SessionService.class);
        // the client writes the agenda before the session; it has taken place since
        Long sessionId = sessions.schedule(
                        id,
                        new NewSession(
                                LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.HOURS),
                                60,
                                SessionFormat.IN_PERSON,
                                "Room " + m),
                        coach)
                .getId();
        sessions.writeAgenda(
                id, sessionId, sessions.view(id, sessionId, client).session().getVersion(), "Agenda " + m, client);
        fixtures.backdateSession(sessionId, LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.HOURS));
        sessions.hold(id, sessionId, coach);
        sessions.recordSummary(
                id, sessionId, sessions.view(id, sessionId, coach).session().getVersion(), "Summary " + m, coach);
        String privateNote = "Private note " + m;
        sessions.writePrivateNote(id, sessionId, null, privateNote, coach); // no note yet
        sessions.recordCommitments(id, sessionId, List.of("Commitment " + m), today.plusDays(7), coach);
        // Two more held sessions bring the partnership check-in (every three by default).
        activity.holdSessions(t, 2);
        activity.answerCheckIns(t, 4, "Check-in answer " + m);

        AssessmentService assessments = bean(AssessmentService.class);
        Long assessmentId = assessments
                .create(
                        id,
                        new AssessmentDetails(
                                AssessmentKind.PSYCHOMETRIC,
                                "Assessment " + m,
                                today,
                                "Assessment summary " + m,
                                "Strength " + m,
                                "Development area " + m),
                        client)
                .getId();
        assessments.replaceScores(
                id,
                assessmentId,
                List.of(new ScoreLine("Competency " + m, new BigDecimal("3"), new BigDecimal("5"))),
                client);
        byte[] report = ("%PDF-1.4\n% report " + m + "\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
        assessments.attach(id, assessmentId, "report.pdf", report, client);
        assessments.page(id, assessmentId, coach); // a read by the coach, for the access log

        FeedbackService feedback = bean(FeedbackService.class);
        Long setId =
                jdbc.queryForObject("select id from feedback_question_set where name = 'Leadership 360'", Long.class);
        Long feedbackAssessmentId = feedback.createRequest(
                        id, new NewFeedbackRequest("360 " + m, setId, today.plusDays(10)), client)
                .getId();
        Long requestId = jdbc.queryForObject(
                "select id from feedback_request where assessment_id = ?", Long.class, feedbackAssessmentId);
        Long ratingQuestion = jdbc.queryForObject(
                "select id from feedback_request_question where request_id = ? and kind = 'RATING' "
                        + "order by position limit 1",
                Long.class,
                requestId);
        Long openQuestion = jdbc.queryForObject(
                "select id from feedback_request_question where request_id = ? and kind = 'OPEN' "
                        + "order by position limit 1",
                Long.class,
                requestId);
        List<String> raterNames = List.of("Rater one " + m, "Rater two " + m, "Rater three " + m);
        List<String> raterEmails = List.of(
                "r1-" + m.toLowerCase() + "@raters.test",
                "r2-" + m.toLowerCase() + "@raters.test",
                "r3-" + m.toLowerCase() + "@raters.test");
        // Three peers who answered (what raters do through their links, which tests cannot follow from an email here).
        for (int i = 0; i < 3; i++) {
            Long raterId = jdbc.queryForObject(
                    "insert into feedback_rater (request_id, name, email, rater_group, invited_at, submitted_at) "
                            + "values (?, ?, ?, 'PEER', now(), now()) returning id",
                    Long.class,
                    requestId,
                    raterNames.get(i),
                    raterEmails.get(i));
            jdbc.update(
                    "insert into feedback_answer (rater_id, question_id, request_id, rating) values (?, ?, ?, ?)",
                    raterId,
                    ratingQuestion,
                    requestId,
                    3 + i % 2);
            jdbc.update(
                    "insert into feedback_answer (rater_id, question_id, request_id, text) values (?, ?, ?, ?)",
                    raterId,
                    openQuestion,
                    requestId,
                    "Open answer " + i + " " + m);
        }
        feedback.close(id, feedbackAssessmentId, client);

        AlignmentService alignment = bean(AlignmentService.class);
        Long meetingId = alignment
                .schedule(
                        id,
                        new NewMeeting(
                                MeetingKind.INITIAL,
                                LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS),
                                60,
                                "Meeting room " + m),
                        coach)
                .getId();
        alignment.prepareObjectives(id, meetingId, "Objectives " + m, client);
        Long itemId = alignment.page(id, meetingId, coach).agenda().get(0).getId();
        alignment.recordChecklist(id, meetingId, List.of(new ItemEntry(itemId, true, "Checklist note " + m)), coach);
        alignment.recordLeaderInput(
                id, meetingId, new LeaderWords(LeaderInputTopic.EXPECTATIONS, null, null, "Expectation " + m), coach);
        alignment.writeOutcome(
                id,
                meetingId,
                new OutcomeText("Agreed goals " + m, "Agreed measures " + m, ReportCadence.MONTHLY),
                coach);
        bean(IntakeService.class)
                .write(id, null, new IntakeText("Prompted " + m, "Sponsor reasons " + m, "Background " + m), coach);
        ProgressReportService reports = bean(ProgressReportService.class);
        reports.write(id, new ReportText("Committed " + m, "Done " + m, "Observed " + m, "Next steps " + m), client);
        reports.giveFeedback(id, null, "Leader feedback " + m, leader);

        EvaluationService evaluation = bean(EvaluationService.class);
        String coachability = "Coachability " + m;
        evaluation.rateCoachability(id, 4, coachability, coach);
        evaluation.refer(id, ReferralKind.EAP, "Referral " + m, coach);
        bean(CoachChangeService.class).request(id, "Change reason " + m, client);
        activity.measure(t, "Productivity", "% of target", "70", "80");

        return new Written(
                t,
                m,
                goalId,
                sessionId,
                assessmentId,
                feedbackAssessmentId,
                meetingId,
                privateNote,
                coachability,
                raterNames,
                raterEmails,
                report);
    }

    /** HR closes the engagement as completed, and the client answers the close-out survey with a comment. */
    void closeAndAnswer(Written w, User hr) {
        bean(PhaseService.class)
                .move(
                        w.id(),
                        new PhaseMove(null, Phase.CLOSED, PhaseMoved.Closure.COMPLETED, "Closing note " + w.marker()),
                        as(hr));
        bean(CloseOutService.class)
                .answer(
                        w.id(),
                        new Answers(4, 4, 3, 9, "Close-out comment " + w.marker()),
                        as(w.triad().client()));
    }

    /** As if the engagement had closed {@code years} years ago. */
    void closedYearsAgo(Long engagementId, int years) {
        jdbc.update(
                "update phase_change set moved_at = now() - make_interval(years => ?) where engagement_id = ? and to_phase = 'CLOSED'",
                years,
                engagementId);
    }
}
