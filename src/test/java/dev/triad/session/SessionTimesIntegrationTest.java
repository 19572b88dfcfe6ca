package dev.triad.session;

import dev.triad.engagement.HoursEntries;
import dev.triad.engagement.HoursEntry;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 16, point 5: nothing is booked or moved to a time that has begun; a conversation that took place is recorded. */
@IntegrationTest
class SessionTimesIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions coachingSessions;

    @Autowired
    HoursEntries hoursEntries;

    @Autowired
    JdbcTemplate jdbc;

    Triad a;

    /** Calendar mails only: the fixture's coach assignment is news of its own to the client. */
    int mailsTo(dev.triad.account.User person) {
        return jdbc.queryForObject(
                "select count(*) from outbox_message where recipient_email = ? and kind = 'CALENDAR_UPDATE'",
                Integer.class,
                person.getEmail());
    }

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
    }

    LocalDateTime now() {
        return LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    }

    @Test
    void theCoachCannotBookASessionAtATimeThatHasBegun() throws Exception {
        for (LocalDateTime begun : new LocalDateTime[] {now().minusMinutes(1), now().minusHours(3)}) {
            mvc.perform(post("/engagements/{id}/sessions", a.id())
                            .with(fixtures.as(a.coach()))
                            .with(csrf())
                            .param("startsAt", INPUT.format(begun))
                            .param("minutes", "60")
                            .param("format", "VIDEO"))
                    .andExpect(status().isOk())
                    .andExpect(Page.count("#startsAt-error", is(1)));
        }
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
        assertThat(mailsTo(a.client())).isZero();
    }

    @Test
    void neitherClientNorCoachCanMoveASessionToATimeThatHasBegun() throws Exception {
        CoachingSession session = sessions.schedule(
                a.id(),
                new NewSession(now().plusDays(5), 60, SessionFormat.VIDEO, null),
                fixtures.principal(a.coach()));
        for (var person : new dev.triad.account.User[] {a.client(), a.coach()}) {
            mvc.perform(post("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                            .with(fixtures.as(person))
                            .with(csrf())
                            .param("startsAt", INPUT.format(now().minusMinutes(1))))
                    .andExpect(status().isOk())
                    .andExpect(Page.count("#startsAt-error", is(1)));
        }
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void theCoachRecordsASessionThatTookPlaceHeldAtOnceOnTheLedgerWithoutAnInvitation() throws Exception {
        LocalDateTime yesterday = now().minusDays(1).withHour(9).withMinute(0);
        mvc.perform(get("/engagements/{id}/sessions/record", a.id()).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#record-past-session", is(1)));
        mvc.perform(post("/engagements/{id}/sessions/record", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(yesterday))
                        .param("minutes", "90")
                        .param("format", "PHONE"))
                .andExpect(status().is3xxRedirection());

        assertThat(coachingSessions.inOrderOfStart(a.id())).singleElement().satisfies(s -> {
            assertThat(s.getStatus()).isEqualTo(SessionStatus.HELD);
            assertThat(s.getMinutes()).isEqualTo(90);
        });
        assertThat(hoursEntries.ledgerOf(a.id())).singleElement().satisfies(line -> {
            assertThat(line.getKind()).isEqualTo(HoursEntry.Kind.SESSION_HELD);
            assertThat(line.getHours()).isEqualByComparingTo("1.5");
        });
        assertThat(mailsTo(a.client())).as("no invitation for a past session").isZero();
        Long id = coachingSessions.inOrderOfStart(a.id()).get(0).getId();
        mvc.perform(get("/engagements/{id}/sessions/{s}", a.id(), id).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/cancel\""))))
                .andExpect(content().string(not(containsString("/move\""))));
    }

    @Test
    void aRecordedSessionIsNotInTheFutureNorBeforeTheEngagementAndLastsASensibleTime() throws Exception {
        String[][] bad = {
            {INPUT.format(now().plusHours(2)), "60", "startsAt"},
            {INPUT.format(a.engagement().getStartsOn().minusDays(1).atTime(10, 0)), "60", "startsAt"},
            {INPUT.format(now().minusDays(1)), "5", "minutes"},
            {INPUT.format(now().minusDays(1)), "600", "minutes"},
        };
        for (String[] attempt : bad) {
            mvc.perform(post("/engagements/{id}/sessions/record", a.id())
                            .with(fixtures.as(a.coach()))
                            .with(csrf())
                            .param("startsAt", attempt[0])
                            .param("minutes", attempt[1])
                            .param("format", "VIDEO"))
                    .andExpect(status().isOk())
                    .andExpect(Page.count("#" + attempt[2] + "-error", is(1)));
        }
        for (var notCoach : new dev.triad.account.User[] {a.client(), a.leader(), fixtures.hr()}) {
            mvc.perform(post("/engagements/{id}/sessions/record", a.id())
                            .with(fixtures.as(notCoach))
                            .with(csrf())
                            .param("startsAt", INPUT.format(now().minusDays(1)))
                            .param("minutes", "60")
                            .param("format", "VIDEO"))
                    .andExpect(status().isForbidden());
        }
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
        assertThat(hoursEntries.ledgerOf(a.id())).isEmpty();
    }
}
