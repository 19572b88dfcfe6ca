package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService.LeaderWords;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.PhaseService;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The leader's home page and the alignment pages cost the same number of statements whatever they show. */
@IntegrationTest
class AlignmentQueryBoundsIntegrationTest {

    static final int BOUND = 25;

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
    PhaseService phases;

    StatementCounter counter;

    @BeforeEach
    void counter(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
    }

    /** An engagement of this leader with {@code size} of everything: goals, check-ins, meetings, versions, reports, feedback. */
    record Built(Engagement engagement, User client, User coach) {
        Long id() {
            return engagement.getId();
        }
    }

    Built engagementWith(User leader, int size) {
        User client = fixtures.person(Role.CLIENT);
        User coachUser = fixtures.person(Role.COACH);
        Engagement e = fixtures.anEngagement()
                .withClient(client)
                .withLeader(leader)
                .withCoach(coachUser)
                .build();
        CurrentUser coach = fixtures.principal(coachUser);
        CurrentUser me = fixtures.principal(client);
        CurrentUser lead = fixtures.principal(leader);
        AlignmentMeeting initial = fixtures.meetingThatBegan(
                e.getId(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES),
                60,
                "Room",
                coach);
        for (int i = 0; i < size; i++) {
            Goal goal = goals.create(
                    e.getId(),
                    new GoalDetails(
                            "Goal " + i,
                            "Success",
                            GoalCategory.WORK,
                            "points",
                            BigDecimal.ZERO,
                            BigDecimal.TEN,
                            GoalStatus.ACTIVE,
                            i % 2 == 0 ? GoalVisibility.SHARED : GoalVisibility.PRIVATE),
                    coach);
            goals.checkIn(e.getId(), goal.getId(), LocalDate.now(), BigDecimal.valueOf(i + 1), null, me);
            if (goal.isShared()) {
                alignment.recordLeaderInput(
                        e.getId(),
                        initial.getId(),
                        new LeaderWords(LeaderInputTopic.GOAL, null, goal.getId(), "Words " + i),
                        coach);
                reports.giveFeedback(e.getId(), goal.getId(), "Feedback " + i, lead);
            }
            alignment.recordLeaderInput(
                    e.getId(),
                    initial.getId(),
                    new LeaderWords(LeaderInputTopic.ANSWER, "Question " + i, null, "Answer " + i),
                    coach);
            alignment.writeOutcome(
                    e.getId(),
                    initial.getId(),
                    new OutcomeText("Goals " + i, "Measures " + i, ReportCadence.MONTHLY),
                    coach);
            alignment.confirm(e.getId(), initial.getId(), me);
            ProgressReport report = reports.write(e.getId(), new ReportText("c" + i, "d", "o", "n"), me);
            reports.send(e.getId(), report.getId(), me);
            alignment.schedule(
                    e.getId(),
                    new NewMeeting(
                            MeetingKind.MID_POINT,
                            LocalDateTime.now().plusDays(3 + i).truncatedTo(ChronoUnit.MINUTES),
                            60,
                            null),
                    coach);
            sessions.schedule(
                    e.getId(),
                    new SessionService.NewSession(
                            // two hours after the day's meeting of the engagement before: the coach is booked once at a
                            // time
                            LocalDateTime.now().plusDays(2 + i).plusHours(2).truncatedTo(ChronoUnit.MINUTES),
                            60,
                            SessionFormat.VIDEO,
                            null),
                    coach);
        }
        if (size > 1) {
            phases.move(
                    e.getId(),
                    new dev.triad.engagement.PhaseMove(null, dev.triad.engagement.Phase.ASSESSMENT, null, null),
                    coach);
            phases.move(
                    e.getId(),
                    new dev.triad.engagement.PhaseMove(null, dev.triad.engagement.Phase.ALIGNMENT, null, null),
                    coach);
        }
        return new Built(e, client, coachUser);
    }

    long statements(String path, User who) throws Exception {
        var as = fixtures.as(who);
        return counter.count(() -> mvc.perform(get(path).with(as)).andExpect(status().isOk()));
    }

    @Test
    void theLeadersHomeCostsTheSameForOneQuietEngagementAsForFourBusyOnes() throws Exception {
        User quiet = fixtures.person(Role.LEADER);
        User busy = fixtures.person(Role.LEADER);
        engagementWith(quiet, 1);
        for (int i = 0; i < 3; i++) {
            engagementWith(busy, 3);
        }
        long few = statements("/", quiet);
        long many = statements("/", busy);
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
        mvc.perform(get("/").with(fixtures.as(busy)))
                .andExpect(Page.texts(".led-engagement .unread-reports", hasItem("3 unread progress reports")))
                .andExpect(Page.texts(".led-engagement .shared-goals a", hasItem(containsString("Goal 2"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Goal 3"))));
    }

    @Test
    void theAlignmentPagesCostTheSameWhateverTheirSize() throws Exception {
        Built small = engagementWith(fixtures.person(Role.LEADER), 1);
        Built large = engagementWith(fixtures.person(Role.LEADER), 4);
        for (String page : new String[] {"/alignment", "/reports", "/timeline"}) {
            assertThat(statements("/engagements/" + large.id() + page, large.coach()))
                    .as(page)
                    .isEqualTo(statements("/engagements/" + small.id() + page, small.coach()))
                    .isLessThanOrEqualTo(BOUND);
        }
        Long smallMeeting = alignment
                .list(small.id(), fixtures.principal(small.coach()))
                .meetings()
                .get(0)
                .getId();
        Long largeMeeting = alignment
                .list(large.id(), fixtures.principal(large.coach()))
                .meetings()
                .get(0)
                .getId();
        assertThat(statements("/engagements/" + large.id() + "/alignment/meetings/" + largeMeeting, large.coach()))
                .isEqualTo(
                        statements("/engagements/" + small.id() + "/alignment/meetings/" + smallMeeting, small.coach()))
                .isLessThanOrEqualTo(BOUND);
        assertThat(statements("/", large.client()))
                .isEqualTo(statements("/", small.client()))
                .isLessThanOrEqualTo(BOUND);
        assertThat(statements("/", large.coach()))
                .isEqualTo(statements("/", small.coach()))
                .isLessThanOrEqualTo(BOUND);
    }
}
