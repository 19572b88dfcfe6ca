package dev.triad.notification;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.ProgressReport;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportText;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.Sharing;
import dev.triad.engagement.CoachChangeService;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.Engagement;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of who is told of what, for the events nobody heard of before issue 16: each reaches its
 * recipients behind the bell and by email (received by a real SMTP server, GreenMail), reaches nobody else, and never
 * carries what the recipient may not see or what HR (who reads the outbox) may not see.
 */
@MailIntegrationTest
class PeopleAreToldIntegrationTest {

    private static final String SECRET = "Secret-7Q";

    @Autowired
    Fixtures fixtures;

    @Autowired
    CoachRoster roster;

    @Autowired
    CoachChangeService coachChanges;

    @Autowired
    ProgressReportService reports;

    @Autowired
    GoalService goals;

    @Autowired
    AssessmentService assessments;

    @Autowired
    SessionService sessions;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    /** One message as it reaches a person: its kind, the email received and the in-app notification's text and link. */
    record Told(String kind, String subject, String body, String bellText, String bellLink) {
        String everything() {
            return subject + "\n" + body + "\n" + bellText;
        }
    }

    /** What reached this person: every outbox message of theirs, delivered over SMTP, with its bell entry. */
    List<Told> told(User person) throws Exception {
        // this person's messages only: the shared outbox holds other tests' messages, and one batch may not reach these
        sender.sendDue(java.time.Instant.now(), List.of(person.getEmail()));
        List<MimeMessage> mails = TestMailServer.to(person.getEmail());
        List<String> kinds = jdbc.queryForList(
                "select kind from outbox_message where lower(recipient_email) = lower(?) order by id",
                String.class,
                person.getEmail());
        List<java.util.Map<String, Object>> bell = jdbc.queryForList(
                "select kind, text, link from app_notification where user_id = ? order by id", person.getId());
        assertThat(mails)
                .as("every message to " + person.getEmail() + " is delivered")
                .hasSameSizeAs(kinds);
        assertThat(bell)
                .as("each email to a person with an account has its bell entry")
                .hasSameSizeAs(kinds);
        List<Told> told = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            assertThat(bell.get(i).get("kind")).isEqualTo(kinds.get(i));
            told.add(new Told(
                    kinds.get(i),
                    mails.get(i).getSubject(),
                    Mails.text(mails.get(i)) + "\n" + Mails.html(mails.get(i)),
                    (String) bell.get(i).get("text"),
                    (String) bell.get(i).get("link")));
        }
        return told;
    }

    List<Told> told(User person, String kind) throws Exception {
        return told(person).stream().filter(t -> t.kind().equals(kind)).toList();
    }

    Engagement withoutCoach(User client, User leader) {
        return fixtures.anEngagement().withClient(client).withLeader(leader).build();
    }

    @Test
    void theCoachHrAssignsAndTheClientAreToldAndNobodyElse() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        User coach = fixtures.person(Role.COACH);
        User hr = fixtures.hr();
        Engagement engagement = withoutCoach(client, leader);

        roster.assign(engagement.getId(), coach.getId(), true, null, fixtures.principal(hr));

        assertThat(told(coach)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("COACH_ASSIGNMENT");
            assertThat(t.subject()).contains(client.getFullName());
            assertThat(t.body())
                    .startsWith("Dear " + coach.getFullName())
                    .contains("/engagements/" + engagement.getId());
            assertThat(t.bellText()).contains(client.getFullName());
            assertThat(t.bellLink()).isEqualTo("/engagements/" + engagement.getId());
        });
        assertThat(told(client)).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("COACH_CHANGED");
            assertThat(t.everything()).contains(coach.getFullName());
            assertThat(t.bellLink()).isEqualTo("/engagements/" + engagement.getId());
        });
        assertThat(told(leader)).isEmpty();
        assertThat(told(hr)).isEmpty();
    }

    @Test
    void aReassignmentTellsTheOldCoachTheNewCoachAndTheClientButNeitherTheLeaderNorTheReason() throws Exception {
        Triad t = fixtures.aTriad();
        User newCoach = fixtures.person(Role.COACH);
        int clientBefore = told(t.client()).size();
        int oldCoachBefore = told(t.coach()).size();

        roster.assign(t.id(), newCoach.getId(), true, "Reason " + SECRET, fixtures.principal(fixtures.hr()));

        assertThat(told(newCoach)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("COACH_ASSIGNMENT");
            assertThat(n.everything()).contains(t.client().getFullName());
            assertThat(n.bellLink()).isEqualTo("/engagements/" + t.id());
        });
        assertThat(told(t.coach())).hasSize(oldCoachBefore + 1).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("COACH_ASSIGNMENT");
            assertThat(n.everything()).contains(t.client().getFullName()).contains(newCoach.getFullName());
            // the old coach no longer opens the engagement: the link leads home
            assertThat(n.bellLink()).isEqualTo("/");
        });
        assertThat(told(t.client())).hasSize(clientBefore + 1).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("COACH_CHANGED");
            assertThat(n.everything()).contains(newCoach.getFullName());
            assertThat(n.everything()).doesNotContain("request");
        });
        for (User person : List.of(t.client(), t.coach(), newCoach, t.leader())) {
            assertThat(told(person)).allSatisfy(n -> assertThat(n.everything()).doesNotContain(SECRET));
        }
        assertThat(told(t.leader())).isEmpty();
    }

    @Test
    void aClientsRequestForAnotherCoachIsAnsweredToTheClientOnceAndNoCoachHearsOfTheRequest() throws Exception {
        Triad t = fixtures.aTriad();
        User newCoach = fixtures.person(Role.COACH);
        coachChanges.request(t.id(), "Reason " + SECRET, fixtures.principal(t.client()));
        int clientBefore = told(t.client()).size();

        roster.assign(t.id(), newCoach.getId(), true, "The client asked", fixtures.principal(fixtures.hr()));

        List<Told> client = told(t.client());
        assertThat(client)
                .as("one message: the answer, not also a plain change of coach")
                .hasSize(clientBefore + 1);
        assertThat(client.get(client.size() - 1)).satisfies(n -> {
            assertThat(n.kind()).isEqualTo("COACH_CHANGED");
            assertThat(n.everything())
                    .contains("request")
                    .contains(newCoach.getFullName())
                    .doesNotContain(SECRET);
        });
        for (User coach : List.of(t.coach(), newCoach)) {
            assertThat(told(coach))
                    .as(coach.getEmail())
                    .allSatisfy(n -> assertThat(n.everything())
                            .doesNotContain(SECRET)
                            .doesNotContainIgnoringCase("request")
                            .doesNotContainIgnoringCase("asked"));
        }
        assertThat(told(t.leader())).isEmpty();
    }

    @Test
    void theClientHearsOfTheLeadersFeedbackAndGoalInputButNotTheirWordsAndNoOneElseIsTold() throws Exception {
        Triad t = fixtures.aTriad();
        Goal goal = goals.create(t.id(), goal("Goal " + SECRET, GoalVisibility.SHARED), fixtures.principal(t.client()));
        int coachBefore = told(t.coach()).size();
        int clientBefore = told(t.client()).size();
        CurrentUser leader = fixtures.principal(t.leader());

        reports.giveFeedback(t.id(), null, "Feedback " + SECRET, leader);
        goals.addLeaderInput(t.id(), goal.getId(), "Input " + SECRET, leader);

        List<Told> client = told(t.client(), "LEADER_FEEDBACK");
        assertThat(told(t.client())).hasSize(clientBefore + 2);
        assertThat(client).hasSize(2);
        assertThat(client.get(0).everything())
                .contains(t.leader().getFullName())
                .contains("feedback");
        assertThat(client.get(0).bellLink()).isEqualTo("/engagements/" + t.id() + "/reports");
        assertThat(client.get(1).everything())
                .contains(t.leader().getFullName())
                .contains("goal");
        assertThat(client.get(1).bellLink()).isEqualTo("/engagements/" + t.id() + "/goals/" + goal.getId());
        assertThat(client).allSatisfy(n -> assertThat(n.everything()).doesNotContain(SECRET));
        assertThat(told(t.coach())).hasSize(coachBefore);
        assertThat(told(t.leader(), "LEADER_FEEDBACK")).isEmpty();
    }

    @Test
    void theClientHearsOnceThatTheCoachSharedASessionSummaryWithoutItsText() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        CoachingSession session = sessions.schedule(
                t.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(2).truncatedTo(ChronoUnit.MINUTES), 60, SessionFormat.VIDEO, null),
                coach);
        // it took place: moved into the past behind the booking rules' back, as time would
        jdbc.update("update coaching_session set starts_at = now() - interval '3 hours' where id = ?", session.getId());
        sessions.hold(t.id(), session.getId(), coach);
        sessions.recordSummary(t.id(), session.getId(), version(t, session, coach), "Summary " + SECRET, coach);
        sessions.recordSummary(
                t.id(), session.getId(), version(t, session, coach), "Summary, corrected " + SECRET, coach);

        assertThat(told(t.client(), "SESSION_SUMMARY")).singleElement().satisfies(n -> {
            assertThat(n.everything())
                    .contains(t.coach().getFullName())
                    .contains("summary")
                    .doesNotContain(SECRET);
            assertThat(n.bellLink()).isEqualTo("/engagements/" + t.id() + "/sessions/" + session.getId());
        });
        assertThat(told(t.coach(), "SESSION_SUMMARY")).isEmpty();
        assertThat(told(t.leader())).isEmpty();
    }

    @Test
    void theLeaderHearsWhenAnAssessmentOrAGoalIsSharedOrWithdrawnButNotWhatItSays() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser client = fixtures.principal(t.client());
        Assessment assessment = assessments.create(
                t.id(),
                new AssessmentDetails(
                        AssessmentKind.PSYCHOMETRIC,
                        "Instrument " + SECRET,
                        LocalDate.now().minusDays(3),
                        "Summary " + SECRET,
                        "Strength " + SECRET,
                        "Area " + SECRET),
                fixtures.principal(t.coach()));
        goals.create(t.id(), goal("Private " + SECRET, GoalVisibility.PRIVATE), client);
        assertThat(told(t.leader())).as("nothing shared yet").isEmpty();

        assessments.share(t.id(), assessment.getId(), Sharing.SUMMARY, client);
        assessments.share(t.id(), assessment.getId(), Sharing.NONE, client);
        Goal shared = goals.create(t.id(), goal("Shared " + SECRET, GoalVisibility.SHARED), client);
        goals.update(
                t.id(), shared.getId(), shared.getVersion(), goal("Shared " + SECRET, GoalVisibility.PRIVATE), client);

        List<Told> leader = told(t.leader());
        assertThat(leader).extracting(Told::kind).containsOnly("CLIENT_SHARES").hasSize(4);
        assertThat(leader)
                .extracting(Told::bellLink)
                .containsExactly(
                        "/engagements/" + t.id() + "/assessments/" + assessment.getId(),
                        "/engagements/" + t.id() + "/assessments",
                        "/engagements/" + t.id() + "/goals/" + shared.getId(),
                        "/engagements/" + t.id() + "/goals");
        assertThat(leader)
                .allSatisfy(n -> assertThat(n.everything())
                        .contains(t.client().getFullName())
                        .doesNotContain(SECRET)
                        .doesNotContain("Instrument")
                        .doesNotContain("Psychometric"));
        assertThat(leader.get(0).everything()).contains("shared an assessment");
        assertThat(leader.get(1).everything()).contains("no longer");
        assertThat(told(t.coach(), "CLIENT_SHARES")).isEmpty();
        assertThat(told(t.client(), "CLIENT_SHARES")).isEmpty();
    }

    @Test
    void theLeaderHearsOfANewProgressReportBehindTheBellToo() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser client = fixtures.principal(t.client());
        ProgressReport report = reports.write(t.id(), new ReportText(SECRET, SECRET, SECRET, SECRET), client);
        reports.send(t.id(), report.getId(), client);

        assertThat(told(t.leader())).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("PROGRESS_REPORT_SENT");
            assertThat(n.everything()).contains(t.client().getFullName()).doesNotContain(SECRET);
            assertThat(n.bellLink()).isEqualTo("/engagements/" + t.id() + "/reports/" + report.getId());
        });
    }

    @Test
    void aPersonWhoSwitchedAKindOffGetsNeitherTheEmailNorTheBell() throws Exception {
        Triad t = fixtures.aTriad();
        Set<NotificationKind> allButFeedback = new java.util.HashSet<>(NotificationKind.reminders());
        allButFeedback.removeIf(k -> k.name().equals("LEADER_FEEDBACK"));
        preferences.chooseReminders(t.client().getId(), Set.of(Role.CLIENT), allButFeedback);
        int before = told(t.client()).size();

        reports.giveFeedback(t.id(), null, "Feedback " + SECRET, fixtures.principal(t.leader()));

        assertThat(told(t.client())).hasSize(before);
    }

    private long version(Triad t, CoachingSession session, CurrentUser coach) {
        return sessions.view(t.id(), session.getId(), coach).session().getVersion();
    }

    private static GoalDetails goal(String statement, GoalVisibility visibility) {
        return new GoalDetails(
                statement, "Measure " + SECRET, GoalCategory.WORK, null, null, null, GoalStatus.ACTIVE, visibility);
    }
}
