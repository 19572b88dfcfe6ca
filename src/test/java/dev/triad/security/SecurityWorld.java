package dev.triad.security;

import dev.triad.account.AccountLinks;
import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ProgressReport;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportCadence;
import dev.triad.alignment.ReportText;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.Sharing;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.PhaseMoved;
import dev.triad.evaluation.EvaluationService;
import dev.triad.evaluation.PartnershipCheckIns;
import dev.triad.evaluation.ReferralKind;
import dev.triad.feedback.FeedbackRater;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.QuestionSetService;
import dev.triad.feedback.RaterGroup;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.impact.ImpactMeasureService;
import dev.triad.impact.ImpactMeasureService.MeasureDetails;
import dev.triad.programme.Programme;
import dev.triad.reflection.Journal;
import dev.triad.reflection.ReflectionText;
import dev.triad.reflection.Weeks;
import dev.triad.session.CoachingSession;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixture world the authorization tests run against, made through the application's own services: the people of
 * two engagements (A, whose URLs are asked for, and B, whose people are "another engagement's participants"), an HR
 * administrator, and in engagement A one of every kind of child object, each under a name that the route matrix's
 * path variables are bound to. {@link #content(Triad)} makes a fresh set of objects in an engagement, so a test can
 * let an allowed POST change them and start the next row from a clean world.
 */
final class SecurityWorld {

    /** Hands out the two-hour slots the rows' sessions are booked in. */
    static final java.util.concurrent.atomic.AtomicInteger SESSION_SLOTS =
            new java.util.concurrent.atomic.AtomicInteger();

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final Pattern LINK = Pattern.compile(
            "http://localhost:8080(/(?:feedback|account/invitation|account/password-reset)/[A-Za-z0-9_-]{43})");

    final ApplicationContext context;
    final Fixtures fixtures;
    final Activity activity;
    final JdbcTemplate jdbc;
    final GoalService goals;
    final ActionStepService steps;
    final SessionService sessions;
    final AssessmentService assessments;
    final FeedbackService feedback;
    final QuestionSetService questionSets;
    final AlignmentService alignment;
    final ProgressReportService reports;
    final Journal journal;
    final Weeks weeks;
    final EvaluationService evaluation;
    final ImpactMeasureService measures;
    final CoachChangeService coachChanges;
    final PartnershipCheckIns checkIns;
    final Accounts accounts;
    final AccountLinks links;

    SecurityWorld(ApplicationContext context) {
        this.context = context;
        this.fixtures = context.getBean(Fixtures.class);
        this.activity = new Activity(context);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.goals = context.getBean(GoalService.class);
        this.steps = context.getBean(ActionStepService.class);
        this.sessions = context.getBean(SessionService.class);
        this.assessments = context.getBean(AssessmentService.class);
        this.feedback = context.getBean(FeedbackService.class);
        this.questionSets = context.getBean(QuestionSetService.class);
        this.alignment = context.getBean(AlignmentService.class);
        this.reports = context.getBean(ProgressReportService.class);
        this.journal = context.getBean(Journal.class);
        this.weeks = context.getBean(Weeks.class);
        this.evaluation = context.getBean(EvaluationService.class);
        this.measures = context.getBean(ImpactMeasureService.class);
        this.coachChanges = context.getBean(CoachChangeService.class);
        this.checkIns = context.getBean(PartnershipCheckIns.class);
        this.accounts = context.getBean(Accounts.class);
        this.links = context.getBean(AccountLinks.class);
    }

    CurrentUser as(User user) {
        return fixtures.principal(user);
    }

    /**
     * The child objects of engagement {@code t}, each made the first time it is asked for (a row that names a goal
     * gets a goal, and no sessions); {@link Content#all()} makes every one.
     */
    Content content(Triad t) {
        return new Content(this, t);
    }

    Long setId(String name) {
        return questionSets.all().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    /** The token of the latest link of this kind emailed to {@code email}, read from the outbox. */
    String token(String email, String prefix) {
        List<String> bodies = jdbc.queryForList(
                "select text_body from outbox_message where lower(recipient_email) = lower(?) order by id desc",
                String.class,
                email);
        for (String body : bodies) {
            Matcher matcher = LINK.matcher(body == null ? "" : body);
            while (matcher.find()) {
                if (matcher.group(1).startsWith(prefix)) {
                    return matcher.group(1).substring(prefix.length());
                }
            }
        }
        throw new AssertionError("No " + prefix + " link emailed to " + email);
    }

    /** A person invited by HR, who has not chosen a password: their invitation and a password reset link. */
    Invited invited() {
        String email = Fixtures.uniqueEmail("invited");
        User user = accounts.create(
                new PersonDetails(
                        "Test invited " + UUID.randomUUID().toString().substring(0, 6),
                        email,
                        null,
                        EnumSet.of(Role.CLIENT),
                        null,
                        null,
                        null),
                null);
        String invitation = token(email, "/account/invitation/");
        links.requestPasswordReset(email);
        String reset = token(email, "/account/password-reset/");
        return new Invited(user, invitation, reset);
    }

    record Invited(User user, String invitationToken, String resetToken) {}

    /** A second engagement of the same client, coach and leader, closed as completed: its close-out survey is open. */
    Long closedEngagement(Triad t, Programme programme) {
        Engagement closed = fixtures.anEngagement()
                .withClient(t.client())
                .withLeader(t.leader())
                .withCoach(t.coach())
                .in(programme)
                .build();
        activity.close(closed.getId(), PhaseMoved.Closure.COMPLETED);
        return closed.getId();
    }

    Long latestNotificationOf(User user) {
        return jdbc.queryForObject("select max(id) from app_notification where user_id = ?", Long.class, user.getId());
    }

    Long latestOutboxMessage() {
        return jdbc.queryForObject("select max(id) from outbox_message", Long.class);
    }

    /** One engagement's child objects by name, each made on first use through the application's services. */
    static final class Content {
        final Triad triad;
        private final SecurityWorld w;
        private final Map<String, Supplier<Object>> makers = new LinkedHashMap<>();
        private final Map<String, Object> made = new LinkedHashMap<>();

        Content(SecurityWorld w, Triad t) {
            this.w = w;
            this.triad = t;
            CurrentUser client = w.as(t.client());
            CurrentUser coach = w.as(t.coach());
            CurrentUser leader = w.as(t.leader());
            LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
            makers.put("engagement", t::id);
            makers.put(
                    "goal",
                    () -> w.goals
                            .create(
                                    t.id(),
                                    new GoalDetails(
                                            "Delegate the budget review",
                                            "The team runs it",
                                            GoalCategory.WORK,
                                            "reviews",
                                            BigDecimal.ZERO,
                                            BigDecimal.TEN,
                                            GoalStatus.ACTIVE,
                                            GoalVisibility.SHARED),
                                    coach)
                            .getId());
            makers.put(
                    "privateGoal",
                    () -> w.goals
                            .create(
                                    t.id(),
                                    new GoalDetails(
                                            "Sleep seven hours",
                                            "Rested",
                                            GoalCategory.HEALTH,
                                            null,
                                            null,
                                            null,
                                            GoalStatus.ACTIVE,
                                            GoalVisibility.PRIVATE),
                                    client)
                            .getId());
            makers.put(
                    "goalCheckIn",
                    () -> w.goals
                            .checkIn(t.id(), id("goal"), LocalDate.now(), new BigDecimal("3"), "First count", client)
                            .getId());
            makers.put(
                    "privateMetricGoal",
                    () -> w.goals
                            .create(
                                    t.id(),
                                    new GoalDetails(
                                            "Run three times a week",
                                            "Fit",
                                            GoalCategory.HEALTH,
                                            "runs a week",
                                            BigDecimal.ZERO,
                                            new BigDecimal("3"),
                                            GoalStatus.ACTIVE,
                                            GoalVisibility.PRIVATE),
                                    client)
                            .getId());
            makers.put(
                    "privateGoalCheckIn",
                    () -> w.goals
                            .checkIn(
                                    t.id(),
                                    id("privateMetricGoal"),
                                    LocalDate.now(),
                                    BigDecimal.ONE,
                                    "First run",
                                    client)
                            .getId());
            makers.put("step", () -> {
                ActionStep step = w.steps.add(
                        t.id(),
                        id("goal"),
                        "Hand the review to Sam",
                        LocalDate.now().plusDays(7),
                        client);
                w.steps.addNote(t.id(), step.getId(), "Talked to Sam", client);
                return step.getId();
            });
            // three held sessions bring a partnership check-in
            makers.put("checkIn", () -> {
                w.activity.holdSessions(t, 3);
                return w.checkIns.openOf(t.id()).get(0).getId();
            });
            makers.put(
                    "pastSession",
                    () -> w.fixtures
                            .sessionThatBegan(t.id(), now.minusHours(2), 60, SessionFormat.VIDEO, null, coach)
                            .getId());
            makers.put("heldSession", () -> {
                CoachingSession held =
                        w.fixtures.sessionThatBegan(t.id(), now.minusHours(5), 60, SessionFormat.VIDEO, null, coach);
                w.sessions.hold(t.id(), held.getId(), coach);
                return held.getId();
            });
            makers.put("correctableSession", () -> {
                CoachingSession held =
                        w.fixtures.sessionThatBegan(t.id(), now.minusHours(26), 60, SessionFormat.VIDEO, null, coach);
                w.sessions.hold(t.id(), held.getId(), coach);
                return held.getId();
            });
            makers.put(
                    "session",
                    () -> w.sessions
                            .schedule(
                                    t.id(),
                                    // each row's session its own time: the engagement's coach is booked once at a time
                                    new NewSession(
                                            now.plusDays(5).plusHours(2L * SESSION_SLOTS.getAndIncrement()),
                                            60,
                                            SessionFormat.VIDEO,
                                            null),
                                    coach)
                            .getId());
            // two client cancellations in a row raise an attendance alert
            makers.put("alert", () -> {
                CoachingSession first = w.sessions.schedule(
                        t.id(), new NewSession(now.plusDays(10), 60, SessionFormat.VIDEO, null), coach);
                CoachingSession second = w.sessions.schedule(
                        t.id(), new NewSession(now.plusDays(11), 60, SessionFormat.VIDEO, null), coach);
                w.sessions.cancel(t.id(), first.getId(), "Travel", client);
                w.sessions.cancel(t.id(), second.getId(), "Travel again", client);
                return w.jdbc.queryForObject(
                        "select max(id) from attendance_alert where engagement_id = ?", Long.class, t.id());
            });
            makers.put(
                    "assessment",
                    () -> w.assessments
                            .create(
                                    t.id(),
                                    new AssessmentDetails(
                                            AssessmentKind.PSYCHOMETRIC,
                                            "Instrument",
                                            LocalDate.now().minusDays(3),
                                            "Summary",
                                            "Strength",
                                            "Area"),
                                    coach)
                            .getId());
            makers.put(
                    "file",
                    () -> w.assessments
                            .attach(t.id(), id("assessment"), "report.pdf", PDF, coach)
                            .getId());
            makers.put(
                    "sharedAssessment",
                    () -> w.assessments
                            .create(
                                    t.id(),
                                    new AssessmentDetails(
                                            AssessmentKind.STAKEHOLDER_INTERVIEWS,
                                            "Interviews",
                                            LocalDate.now().minusDays(2),
                                            "Shared summary",
                                            "Shared strength",
                                            "Shared area"),
                                    coach)
                            .getId());
            makers.put("sharedFile", () -> {
                Long file = w.assessments
                        .attach(t.id(), id("sharedAssessment"), "shared.pdf", PDF, coach)
                        .getId();
                w.assessments.share(t.id(), id("sharedAssessment"), Sharing.WHOLE, client);
                return file;
            });
            makers.put(
                    "request360",
                    () -> w.feedback
                            .createRequest(
                                    t.id(),
                                    new NewFeedbackRequest(
                                            "360 for the test",
                                            w.setId("Feedforward check-in"),
                                            LocalDate.now().plusDays(7)),
                                    coach)
                            .getId());
            makers.put("rater", () -> {
                FeedbackRater rater = w.feedback.addRater(
                        t.id(),
                        id("request360"),
                        new NewRater("Rita Rater", Fixtures.uniqueEmail("rater"), RaterGroup.PEER),
                        coach);
                made.put("raterToken", w.token(rater.getEmail(), "/feedback/"));
                return rater.getId();
            });
            makers.put("raterToken", () -> {
                id("rater");
                return made.get("raterToken");
            });
            makers.put("meeting", () -> {
                AlignmentMeeting meeting = w.fixtures.meetingThatBegan(
                        t.id(), MeetingKind.INITIAL, now.minusHours(1), 60, "Room 4", coach);
                w.alignment.writeOutcome(
                        t.id(), meeting.getId(), new OutcomeText("Goals", "Measures", ReportCadence.MONTHLY), coach);
                return meeting.getId();
            });
            makers.put("report", () -> {
                ProgressReport sent =
                        w.reports.write(t.id(), new ReportText("committed", "done", "observed", "next"), client);
                w.reports.send(t.id(), sent.getId(), client);
                return sent.getId();
            });
            makers.put(
                    "draftReport",
                    () -> w.reports
                            .write(t.id(), new ReportText("draft only", null, null, null), client)
                            .getId());
            makers.put(
                    "leaderFeedback",
                    () -> w.reports
                            .giveFeedback(t.id(), id("goal"), "Good presentation", leader)
                            .getId());
            makers.put(
                    "entry",
                    () -> w.journal
                            .write(
                                    t.id(),
                                    client,
                                    w.weeks.thisWeek(),
                                    new ReflectionText("Reviewed", "Reflected", "Next"),
                                    true)
                            .getId());
            makers.put(
                    "privateEntry",
                    () -> w.journal
                            .write(
                                    t.id(),
                                    client,
                                    w.weeks.thisWeek().minusWeeks(1),
                                    new ReflectionText("Private review", "Private reflection", "Private next"),
                                    false)
                            .getId());
            makers.put(
                    "measure",
                    () -> w.measures
                            .add(t.id(), new MeasureDetails("Team retention", "%", new BigDecimal("80"), null), coach)
                            .getId());
            makers.put(
                    "coachability",
                    () -> w.evaluation
                            .rateCoachability(t.id(), 4, "Open to feedback", coach)
                            .getId());
            makers.put(
                    "referral",
                    () -> w.evaluation
                            .refer(t.id(), ReferralKind.EAP, "Talk to the EAP", coach)
                            .getId());
            makers.put(
                    "coachChangeRequest",
                    () -> w.coachChanges
                            .request(t.id(), "I would like a coach with finance experience", client)
                            .getId());
        }

        /** The object called {@code name}, made now if it was not yet. */
        Object get(String name) {
            if (!made.containsKey(name)) {
                Supplier<Object> maker = makers.get(name);
                if (maker == null) {
                    return null;
                }
                made.put(name, maker.get());
            }
            return made.get(name);
        }

        Long id(String name) {
            return (Long) get(name);
        }

        Set<String> names() {
            return makers.keySet();
        }

        /** Every object, in the order they are declared (the engagement's whole life at once). */
        Content all() {
            makers.keySet().forEach(this::get);
            return this;
        }
    }
}
