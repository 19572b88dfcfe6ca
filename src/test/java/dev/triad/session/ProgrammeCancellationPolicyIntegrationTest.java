package dev.triad.session;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.HoursEntries;
import dev.triad.engagement.HoursEntry;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A programme's own cancellation policy, set by HR on the programme's form, is the one its engagements live by: its
 * notice hours decide what is late, its number of cancellations in a row what is deducted and alerted — not the seed's
 * 48 hours and 2, which every other test uses.
 */
@IntegrationTest
class ProgrammeCancellationPolicyIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions coachingSessions;

    @Autowired
    HoursEntries hoursEntries;

    @Autowired
    JdbcTemplate jdbc;

    /** A programme whose policy HR sets through the programme's edit form, and an engagement in it. */
    Triad inAProgrammeWith(int noticeHours, int inARow) throws Exception {
        Programme p = fixtures.programme();
        mvc.perform(post("/programmes/{id}", p.getId())
                        .with(fixtures.as(fixtures.hr()))
                        .with(csrf())
                        .param("name", p.getName())
                        .param("purpose", "Policy test")
                        .param("timing", "PROACTIVE")
                        .param("defaultCoachingType", "ALIGNED")
                        .param("defaultContractedHours", "12")
                        .param("startsOn", p.getStartsOn().toString())
                        .param("cancellationNoticeHours", String.valueOf(noticeHours))
                        .param("consecutiveCancellationThreshold", String.valueOf(inARow))
                        .param("checkInEverySessions", "3")
                        .param("version", String.valueOf(p.getVersion())))
                .andExpect(redirectedUrl("/programmes"));
        Programme saved = programmes.findById(p.getId()).orElseThrow();
        assertThat(saved.getCancellationNoticeHours()).isEqualTo(noticeHours);
        assertThat(saved.getConsecutiveCancellationThreshold()).isEqualTo(inARow);
        User client = fixtures.person(Role.CLIENT);
        User coach = fixtures.person(Role.COACH);
        User leader = fixtures.person(Role.LEADER);
        return new Triad(
                fixtures.anEngagement()
                        .withClient(client)
                        .withCoach(coach)
                        .withLeader(leader)
                        .in(saved)
                        .build(),
                client,
                coach,
                leader);
    }

    CoachingSession sessionIn(Triad t, LocalDateTime startsAt) {
        return fixtures.videoSession(t, startsAt, "https://meet.example/p");
    }

    String url(Triad t, CoachingSession s) {
        return "/engagements/" + t.id() + "/sessions/" + s.getId();
    }

    List<HoursEntry.Kind> ledger(Triad t) {
        return hoursEntries.ledgerOf(t.id()).stream().map(HoursEntry::getKind).toList();
    }

    SessionStatus statusOf(CoachingSession s) {
        return coachingSessions.findById(s.getId()).orElseThrow().getStatus();
    }

    @Test
    void underSeventyTwoHoursNoticeACancellationSixtyHoursAheadIsLateAndDeducted() throws Exception {
        Triad t = inAProgrammeWith(72, 3);
        CoachingSession session = sessionIn(t, LocalDateTime.now().plusHours(60));

        // the booking mail already warns the client, with the programme's hours
        assertThat(jdbc.queryForList(
                        "select text_body from outbox_message where recipient_email = ? and kind = 'CALENDAR_UPDATE'",
                        String.class,
                        t.client().getEmail()))
                .singleElement()
                .satisfies(body -> assertThat(body).contains("less than 72 hours"));
        mvc.perform(get(url(t, session) + "/cancel").with(fixtures.as(t.client())))
                .andExpect(Page.count("#late-notice", is(1)))
                .andExpect(content().string(containsString("less than 72 hours")));
        mvc.perform(post(url(t, session) + "/cancel")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(session)).isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(ledger(t)).containsExactly(HoursEntry.Kind.LATE_CANCELLATION);
    }

    @Test
    void underTwentyFourHoursNoticeACancellationThirtyHoursAheadIsInTimeAndCostsNothing() throws Exception {
        Triad t = inAProgrammeWith(24, 3);
        CoachingSession session = sessionIn(t, LocalDateTime.now().plusHours(30));

        mvc.perform(get(url(t, session) + "/cancel").with(fixtures.as(t.client())))
                .andExpect(Page.count("#in-time-notice", is(1)));
        mvc.perform(post(url(t, session) + "/cancel")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(session)).isEqualTo(SessionStatus.CANCELLED);
        assertThat(ledger(t)).isEmpty();
    }

    @Test
    void withThreeInARowTheSecondCancellationCostsNothingAndTheThirdIsDeductedAndAlertsHr() throws Exception {
        Triad t = inAProgrammeWith(24, 3);
        User hr = fixtures.hr();
        CoachingSession first = sessionIn(t, LocalDateTime.now().plusDays(5));
        CoachingSession second = sessionIn(t, LocalDateTime.now().plusDays(12));
        CoachingSession third = sessionIn(t, LocalDateTime.now().plusDays(19));

        mvc.perform(post(url(t, first) + "/cancel")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url(t, second) + "/cancel")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger(t)).isEmpty();
        assertThat(sessions.openAlerts(fixtures.principal(hr)))
                .noneMatch(alert -> alert.getEngagementId().equals(t.id()));

        mvc.perform(post(url(t, third) + "/cancel")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(ledger(t)).containsExactly(HoursEntry.Kind.CONSECUTIVE_CANCELLATION);
        assertThat(sessions.openAlerts(fixtures.principal(hr)))
                .filteredOn(alert -> alert.getEngagementId().equals(t.id()))
                .singleElement()
                .satisfies(alert -> assertThat(alert.getCancellations()).isEqualTo(3));
        mvc.perform(get("/engagements/{id}/sessions", t.id()).with(fixtures.as(hr)))
                .andExpect(Page.text(".attendance-alert strong", is("3 cancellations in a row")));
    }
}
