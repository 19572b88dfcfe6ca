package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.Sharing;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.reflection.Journal;
import dev.triad.reflection.ReflectionText;
import dev.triad.reflection.Weeks;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page and action of issue 6 for the client, the coach, the leader, HR and the people of another engagement:
 * who may, who is refused (403), who is told it does not exist (404); and the leader never sees a private goal, a
 * session or a reflection through any of these pages, nor HR anything of the meetings, reports or feedback.
 */
@IntegrationTest
class AlignmentAccessIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final String PRIVATE_GOAL = "Private goal about sleeping seven hours";
    static final String SHARED_GOAL = "Shared goal to delegate the budget review";
    static final String AGENDA = "Session agenda about the difficult board member";
    static final String SUMMARY = "Session summary about confidence";
    static final String REFLECTION = "Reflection about doubting myself";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AlignmentService alignment;

    @Autowired
    ProgressReportService reports;

    @Autowired
    GoalService goals;

    @Autowired
    SessionService sessions;

    @Autowired
    Journal journal;

    @Autowired
    AssessmentService assessments;

    @Autowired
    Weeks weeks;

    Triad a;
    Triad b;
    User hr;
    AlignmentMeeting meeting;
    AlignmentMeeting meetingOfB;
    ProgressReport sent;
    ProgressReport draft;
    ProgressReport reportOfB;
    Goal shared;

    @BeforeEach
    void twoEngagements() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
        CurrentUser client = fixtures.principal(a.client());
        CurrentUser coach = fixtures.principal(a.coach());
        shared = goals.create(
                a.id(),
                new GoalDetails(
                        SHARED_GOAL,
                        "The team runs it",
                        GoalCategory.WORK,
                        "reviews",
                        BigDecimal.ZERO,
                        BigDecimal.TEN,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
        goals.create(
                a.id(),
                new GoalDetails(
                        PRIVATE_GOAL,
                        "Rested",
                        GoalCategory.HEALTH,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                client);
        CoachingSession session = sessions.schedule(
                a.id(),
                new SessionService.NewSession(
                        LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES), 60, SessionFormat.VIDEO, null),
                coach);
        sessions.writeAgenda(a.id(), session.getId(), session.getVersion(), AGENDA, client);
        fixtures.backdateSession(
                session.getId(), LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES));
        sessions.hold(a.id(), session.getId(), coach);
        sessions.recordSummary(
                a.id(),
                session.getId(),
                sessions.view(a.id(), session.getId(), coach).session().getVersion(),
                SUMMARY,
                coach);
        journal.write(a.id(), client, weeks.thisWeek(), new ReflectionText(REFLECTION, null, null), true);

        meeting = fixtures.meetingThatBegan(
                a.id(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES),
                60,
                "Room 4",
                coach);
        alignment.writeOutcome(
                a.id(), meeting.getId(), new OutcomeText("Goals", "Measures", ReportCadence.MONTHLY), coach);
        sent = reports.write(a.id(), new ReportText("c", "d", "o", "n"), client);
        reports.send(a.id(), sent.getId(), client);
        draft = reports.write(a.id(), new ReportText("draft only", null, null, null), client);
        reports.giveFeedback(a.id(), shared.getId(), "Good presentation", fixtures.principal(a.leader()));

        meetingOfB = alignment.schedule(
                b.id(),
                new NewMeeting(
                        MeetingKind.INITIAL, LocalDateTime.now().plusDays(3).truncatedTo(ChronoUnit.MINUTES), 60, null),
                fixtures.principal(b.coach()));
        reportOfB = reports.write(b.id(), new ReportText("b's", "b's", "b's", "b's"), fixtures.principal(b.client()));
        reports.send(b.id(), reportOfB.getId(), fixtures.principal(b.client()));
    }

    String base() {
        return "/engagements/" + a.id();
    }

    String meetingUrl() {
        return base() + "/alignment/meetings/" + meeting.getId();
    }

    /** client, coach, leader, HR, B's client, B's coach */
    Map<User, Integer> expect(int client, int coach, int leader, int hrStatus, int other) {
        Map<User, Integer> expected = new LinkedHashMap<>();
        expected.put(a.client(), client);
        expected.put(a.coach(), coach);
        expected.put(a.leader(), leader);
        expected.put(hr, hrStatus);
        expected.put(b.client(), other);
        expected.put(b.coach(), other);
        return expected;
    }

    void check(String what, Function<User, MockHttpServletRequestBuilder> request, Map<User, Integer> expected)
            throws Exception {
        for (Map.Entry<User, Integer> entry : expected.entrySet()) {
            int status = mvc.perform(request.apply(entry.getKey()).with(fixtures.as(entry.getKey())))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            int want = entry.getValue();
            boolean ok = want == 302 ? status == 302 || status == 303 : status == want;
            assertThat(ok)
                    .as(what + " for " + entry.getKey().getFullName() + ": got " + status + ", expected " + want)
                    .isTrue();
        }
    }

    /** What the meeting page's forms carry (see {@link MeetingPageForms}). */
    RequestPostProcessor asSeen(Long engagementId, Long meetingId) {
        return MeetingPageForms.asSeen(alignment, fixtures.principal(a.coach()), engagementId, meetingId);
    }

    @Test
    void everyPageOpensForThoseWhosePartAllowsItAndNoOneElse() throws Exception {
        Map<String, Map<User, Integer>> pages = new LinkedHashMap<>();
        pages.put(base() + "/alignment", expect(200, 200, 200, 403, 404));
        pages.put(base() + "/alignment/meetings/new", expect(200, 200, 403, 403, 404));
        pages.put(meetingUrl(), expect(200, 200, 200, 403, 404));
        pages.put(meetingUrl() + "/calendar.ics", expect(200, 200, 200, 403, 404));
        pages.put(meetingUrl() + "/move", expect(200, 200, 403, 403, 404));
        pages.put(meetingUrl() + "/cancel", expect(200, 200, 403, 403, 404));
        pages.put(base() + "/reports", expect(200, 200, 200, 403, 404));
        pages.put(base() + "/reports/new", expect(200, 403, 403, 403, 404));
        pages.put(base() + "/reports/" + sent.getId(), expect(200, 200, 200, 403, 404));
        pages.put(base() + "/reports/" + draft.getId(), expect(200, 404, 404, 403, 404));
        pages.put(base() + "/feedback/new", expect(403, 403, 200, 403, 404));
        pages.put(base() + "/timeline", expect(200, 200, 200, 200, 404));
        pages.put(base() + "/phase", expect(403, 200, 403, 200, 404));
        pages.put(base() + "/intake", expect(200, 200, 403, 403, 404));
        for (var page : pages.entrySet()) {
            check("GET " + page.getKey(), who -> get(page.getKey()), page.getValue());
        }
    }

    @Test
    void anotherEngagementsMeetingOrReportIsNotFoundUnderThisOne() throws Exception {
        for (String path : List.of(
                base() + "/alignment/meetings/" + meetingOfB.getId(),
                base() + "/alignment/meetings/" + meetingOfB.getId() + "/calendar.ics",
                base() + "/reports/" + reportOfB.getId())) {
            check(path, who -> get(path), expect(404, 404, 404, 403, 404));
        }
        check(
                "confirm B's meeting under A",
                who -> post(base() + "/alignment/meetings/" + meetingOfB.getId() + "/confirm")
                        .with(csrf()),
                expect(404, 404, 404, 403, 404));
    }

    @Test
    void theClientOrTheCoachBooksMovesAndCancelsMeetings() throws Exception {
        // Each books another day: the second booking of one time would be refused as taken.
        check(
                "schedule",
                who -> post(base() + "/alignment/meetings")
                        .with(csrf())
                        .param("kind", "MID_POINT")
                        .param(
                                "startsAt",
                                INPUT.format(LocalDateTime.now()
                                        .plusDays(who.getId().equals(a.client().getId()) ? 10 : 9)))
                        .param("minutes", "60"),
                expect(302, 302, 403, 403, 404));
        AlignmentMeeting midPoint = alignment.list(a.id(), fixtures.principal(a.coach())).meetings().stream()
                .filter(m -> m.getKind() == MeetingKind.MID_POINT)
                .findFirst()
                .orElseThrow();
        String url = base() + "/alignment/meetings/" + midPoint.getId();
        check(
                "move",
                who -> post(url + "/move")
                        .with(csrf())
                        .param("startsAt", INPUT.format(LocalDateTime.now().plusDays(11 + who.getId() % 5)))
                        .param("minutes", "60"),
                expect(302, 302, 403, 403, 404));
        Map<User, Integer> refused = expect(0, 0, 403, 403, 404);
        refused.remove(a.client());
        refused.remove(a.coach());
        check("cancel", who -> post(url + "/cancel").with(csrf()), refused);
        check("cancel", who -> post(url + "/cancel").with(csrf()), Map.of(a.client(), 302));
        assertThat(alignment.meeting(a.id(), midPoint.getId()).isCancelled()).isTrue();
    }

    @Test
    void theClientPreparesTheObjectivesTheCoachRecordsTheRest() throws Exception {
        check(
                "objectives",
                who -> post(meetingUrl() + "/objectives")
                        .with(csrf())
                        .with(asSeen(a.id(), meeting.getId()))
                        .param("objectives", "Present my goals"),
                expect(302, 403, 403, 403, 404));
        Long itemId = alignment
                .page(a.id(), meeting.getId(), fixtures.principal(a.coach()))
                .agenda()
                .get(0)
                .getId();
        check(
                "checklist",
                who -> post(meetingUrl() + "/checklist")
                        .with(csrf())
                        .with(asSeen(a.id(), meeting.getId()))
                        .param("items[0].id", itemId.toString())
                        .param("items[0].covered", "true"),
                expect(403, 302, 403, 403, 404));
        // an item without its id (written by the page) is an item not found, like another meeting's item
        check(
                "checklist with a bad item",
                who -> post(meetingUrl() + "/checklist").with(csrf()).param("items[0].notes", "x"),
                expect(403, 404, 403, 403, 404));
        check(
                "leader input",
                who -> post(meetingUrl() + "/leader-input")
                        .with(csrf())
                        .param("topic", "EXPECTATIONS")
                        .param("text", "More delegation"),
                expect(403, 302, 403, 403, 404));
        check(
                "outcome",
                who -> post(meetingUrl() + "/outcome")
                        .with(csrf())
                        .with(asSeen(a.id(), meeting.getId()))
                        .param("agreedGoals", "G")
                        .param("agreedMeasures", "M")
                        .param("reportCadence", "MONTHLY"),
                expect(403, 302, 403, 403, 404));
        check("held", who -> post(meetingUrl() + "/held").with(csrf()), expect(403, 302, 403, 403, 404));
        check(
                "confirm",
                who -> post(meetingUrl() + "/confirm").with(csrf()).with(asSeen(a.id(), meeting.getId())),
                expect(302, 302, 302, 403, 404));
        assertThat(alignment
                        .outcome(
                                a.id(),
                                alignment
                                        .page(a.id(), meeting.getId(), fixtures.principal(a.coach()))
                                        .current()
                                        .orElseThrow()
                                        .getId())
                        .isConfirmed())
                .isTrue();
    }

    @Test
    void theClientWritesReportsTheLeaderGivesFeedbackTheCoachMovesPhasesHrMayClose() throws Exception {
        check(
                "new report",
                who -> post(base() + "/reports")
                        .with(csrf())
                        .param("committed", "x")
                        .param("action", "save"),
                expect(302, 403, 403, 403, 404));
        check(
                "edit draft",
                who -> post(base() + "/reports/" + draft.getId())
                        .with(csrf())
                        .param("version", "0")
                        .param("committed", "y")
                        .param("action", "save"),
                expect(302, 403, 403, 403, 404));
        check(
                "feedback",
                who -> post(base() + "/feedback").with(csrf()).param("text", "Well done"),
                expect(403, 403, 302, 403, 404));
        check(
                "intake",
                who -> post(base() + "/intake").with(csrf()).param("whatPrompted", "x"),
                expect(403, 302, 403, 403, 404));
        Map<User, Integer> moves = expect(403, 302, 403, 403, 404);
        moves.remove(hr);
        check("move phase", who -> post(base() + "/phase").with(csrf()).param("to", "ASSESSMENT"), moves);
        check("HR may not move", who -> post(base() + "/phase").with(csrf()).param("to", "ALIGNMENT"), Map.of(hr, 403));
        check(
                "HR closes",
                who -> post(base() + "/phase")
                        .with(csrf())
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED")
                        .param("reason", "Budget")
                        .param("confirmed", "true"),
                Map.of(hr, 302));
    }

    @Test
    void theInitialMeetingOffersOnlyTheAssessmentsTheClientShared() throws Exception {
        CurrentUser client = fixtures.principal(a.client());
        Assessment sharedOne = assessments.create(
                a.id(),
                new AssessmentDetails(
                        AssessmentKind.PSYCHOMETRIC,
                        "Shared instrument",
                        LocalDate.now().minusDays(10),
                        "Shared summary",
                        null,
                        null),
                client);
        assessments.create(
                a.id(),
                new AssessmentDetails(
                        AssessmentKind.STAKEHOLDER_INTERVIEWS,
                        "Private interviews",
                        LocalDate.now().minusDays(5),
                        "Unshared summary",
                        null,
                        null),
                client);
        String before = mvc.perform(get(meetingUrl()).with(fixtures.as(a.leader())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(before).contains("has not shared any assessment").doesNotContain("/assessments/");

        assessments.share(a.id(), sharedOne.getId(), Sharing.SUMMARY, client);
        for (User person : List.of(a.client(), a.coach(), a.leader())) {
            String page = mvc.perform(get(meetingUrl()).with(fixtures.as(person)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(person.getEmail())
                    .contains("/assessments/" + sharedOne.getId())
                    .contains("Summary shared")
                    .doesNotContain("Private interviews", "Unshared summary", "Shared summary");
        }
    }

    @Test
    void theLeaderNeverSeesAPrivateGoalASessionOrAReflectionThroughTheseFeatures() throws Exception {
        alignment.recordLeaderInput(
                a.id(),
                meeting.getId(),
                new AlignmentService.LeaderWords(
                        LeaderInputTopic.GOAL, null, shared.getId(), "Leader words on the shared goal"),
                fixtures.principal(a.coach()));
        List<String> paths = List.of(
                "/",
                base() + "/alignment",
                meetingUrl(),
                meetingUrl() + "/calendar.ics",
                base() + "/reports",
                base() + "/reports/" + sent.getId(),
                base() + "/feedback/new",
                base() + "/timeline");
        for (String path : paths) {
            String page = mvc.perform(get(path).with(fixtures.as(a.leader())))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(page)
                    .as(path)
                    .doesNotContain(PRIVATE_GOAL, AGENDA, SUMMARY, REFLECTION, "Coaching session", "draft only");
        }
        String home = mvc.perform(get("/").with(fixtures.as(a.leader())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains(SHARED_GOAL);
        String timeline = mvc.perform(get(base() + "/timeline").with(fixtures.as(a.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(timeline).as("the client's timeline shows the session").contains("Coaching session");
        String hrTimeline = mvc.perform(get(base() + "/timeline").with(fixtures.as(hr)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hrTimeline)
                .doesNotContain("Coaching session", "Initial alignment meeting", PRIVATE_GOAL, SHARED_GOAL);
        String hrHome = mvc.perform(get("/").with(fixtures.as(hr)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hrHome).doesNotContain("Coming alignment meetings", "The people I lead", SHARED_GOAL);
    }
}
