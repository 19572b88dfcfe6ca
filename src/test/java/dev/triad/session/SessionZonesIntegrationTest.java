package dev.triad.session;

import dev.triad.account.User;
import dev.triad.engagement.Participation;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: every session time typed is in the typer's zone, and the form says which; the daylight-saving edges are
 * refused or asked about. A coach in London, a client in New York; dates next year, so they are ahead of the real clock.
 */
@IntegrationTest
class SessionZonesIntegrationTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final int YEAR = LocalDate.now().getYear() + 1;

    /** Europe: the clocks go forward at 01:00 UTC on the last Sunday of March and back on the last Sunday of October. */
    static final LocalDate EU_SPRING = lastSunday(Month.MARCH);

    static final LocalDate EU_AUTUMN = lastSunday(Month.OCTOBER);
    /** The United States: forward at 02:00 local time on the second Sunday of March. */
    static final LocalDate US_SPRING =
            LocalDate.of(YEAR, Month.MARCH, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions coachingSessions;

    Triad a;
    User coach;
    User client;

    static LocalDate lastSunday(Month month) {
        return LocalDate.of(YEAR, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.SUNDAY));
    }

    @BeforeEach
    void aCoachInLondonAndAClientInNewYork() {
        a = fixtures.aTriad();
        coach = fixtures.inZone(a.coach(), LONDON);
        client = fixtures.inZone(a.client(), NEW_YORK);
    }

    MvcResult book(LocalDateTime at, String occurrence) throws Exception {
        var request = post("/engagements/{id}/sessions", a.id())
                .with(fixtures.as(coach))
                .with(csrf())
                .param("startsAt", INPUT.format(at))
                .param("minutes", "60")
                .param("format", "VIDEO");
        if (occurrence != null) {
            request.param("occurrence", occurrence);
        }
        return mvc.perform(request).andReturn();
    }

    CoachingSession onlySession() {
        assertThat(coachingSessions.inOrderOfStart(a.id())).hasSize(1);
        return coachingSessions.inOrderOfStart(a.id()).get(0);
    }

    @Test
    void theFormsSayTheTypersZone() throws Exception {
        mvc.perform(get("/engagements/{id}/sessions/new", a.id()).with(fixtures.as(coach)))
                .andExpect(status().isOk())
                .andExpect(Page.text("#startsAt-zone", containsString("Times are in Europe/London (")))
                .andExpect(Page.attr("#startsAt", "aria-describedby", containsString("startsAt-zone")));
        mvc.perform(get("/engagements/{id}/sessions/record", a.id()).with(fixtures.as(coach)))
                .andExpect(Page.text("#startsAt-zone", containsString("Times are in Europe/London (")));
        CoachingSession session = sessions.schedule(
                a.id(),
                new NewSession(LocalDate.of(YEAR, 7, 8).atTime(9, 0), 60, SessionFormat.VIDEO, null),
                fixtures.principal(coach));
        mvc.perform(get("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                        .with(fixtures.as(client)))
                .andExpect(status().isOk())
                .andExpect(Page.text("#startsAt-zone", containsString("Times are in America/New_York (E")))
                .andExpect(Page.count("#occurrence-choice", is(0)));
    }

    @Test
    void nineInLondonIsNineUtcInDecemberAndEightInJulyAndFourInTheMorningInNewYork() throws Exception {
        assertThat(book(LocalDate.of(YEAR, 12, 9).atTime(9, 0), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        CoachingSession december = onlySession();
        assertThat(december.getStartsAt()).isEqualTo(Instant.parse(YEAR + "-12-09T09:00:00Z"));
        mvc.perform(get("/engagements/{id}/sessions/{s}", a.id(), december.getId())
                        .with(fixtures.as(client)))
                .andExpect(Page.text("#session-when", containsString("04:00 EST")));

        sessions.cancel(a.id(), december.getId(), null, fixtures.principal(coach));
        assertThat(book(LocalDate.of(YEAR, 7, 8).atTime(9, 0), null)
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        CoachingSession july = coachingSessions.inOrderOfStart(a.id()).stream()
                .filter(CoachingSession::isScheduled)
                .findFirst()
                .orElseThrow();
        assertThat(july.getStartsAt()).isEqualTo(Instant.parse(YEAR + "-07-08T08:00:00Z"));
        mvc.perform(get("/engagements/{id}/sessions/{s}", a.id(), july.getId()).with(fixtures.as(client)))
                .andExpect(Page.text("#session-when", containsString("04:00 EDT")));
        mvc.perform(get("/engagements/{id}/sessions/{s}", a.id(), july.getId()).with(fixtures.as(coach)))
                .andExpect(Page.text("#session-when", containsString("09:00 BST")));
    }

    @Test
    void aTimeTheClocksSkipInLondonIsRefusedNextToTheField() throws Exception {
        MvcResult refused = book(EU_SPRING.atTime(1, 30), null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        Page page = Page.of(refused);
        assertThat(page.text("#startsAt-error"))
                .contains("does not exist in Europe/London")
                .contains("01:00")
                .contains("02:00");
        assertThat(page.value("#startsAt")).isEqualTo(INPUT.format(EU_SPRING.atTime(1, 30)));
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }

    @Test
    void aTimeTheClocksSkipInNewYorkIsRefusedWhenTheClientMovesTheSessionThere() throws Exception {
        CoachingSession session = sessions.schedule(
                a.id(),
                new NewSession(US_SPRING.minusDays(7).atTime(15, 0), 60, SessionFormat.VIDEO, null),
                fixtures.principal(coach));
        MvcResult refused = mvc.perform(post("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                        .with(fixtures.as(client))
                        .with(csrf())
                        .param("startsAt", INPUT.format(US_SPRING.atTime(2, 30))))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(Page.of(refused).text("#startsAt-error")).contains("does not exist in America/New_York");
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.SCHEDULED);

        // the same 02:30 is an ordinary time for the coach in London
        mvc.perform(post("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("startsAt", INPUT.format(US_SPRING.atTime(2, 30))))
                .andExpect(status().is3xxRedirection());
        assertThat(coachingSessions.findById(session.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.RESCHEDULED);
    }

    @Test
    void aRepeatedTimeInLondonAsksWhichAndTheFirstIsSummerTime() throws Exception {
        LocalDateTime typed = EU_AUTUMN.atTime(1, 30);
        MvcResult asked = book(typed, null);
        assertThat(asked.getResponse().getStatus()).isEqualTo(200);
        Page page = Page.of(asked);
        assertThat(page.text("#startsAt-error")).contains("happens twice");
        assertThat(page.value("#startsAt")).as("the typed time is kept").isEqualTo(INPUT.format(typed));
        assertThat(page.text("#occurrence-choice legend")).isEqualTo("Which 01:30?");
        assertThat(page.text("label[for=occurrence-earlier]")).isEqualTo("01:30 BST (first)");
        assertThat(page.text("label[for=occurrence-later]")).isEqualTo("01:30 GMT (second)");
        assertThat(page.one("#occurrence-earlier").attr("name")).isEqualTo("occurrence");
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();

        assertThat(book(typed, "EARLIER").getResponse().getStatus()).isEqualTo(302);
        assertThat(onlySession().getStartsAt()).isEqualTo(Instant.parse(EU_AUTUMN + "T00:30:00Z"));
    }

    @Test
    void aRepeatedTimeInLondonChosenAsTheSecondIsWinterTime() throws Exception {
        LocalDateTime typed = EU_AUTUMN.atTime(1, 30);
        assertThat(book(typed, "LATER").getResponse().getStatus()).isEqualTo(302);
        assertThat(onlySession().getStartsAt()).isEqualTo(Instant.parse(EU_AUTUMN + "T01:30:00Z"));
    }

    @Test
    void aChoiceThePageDidNotOfferIsABadRequest() throws Exception {
        assertThat(book(EU_AUTUMN.atTime(1, 30), "BOTH").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }

    @Test
    void movingToARepeatedTimeAsksWhichAndBooksTheChoice() throws Exception {
        CoachingSession session = sessions.schedule(
                a.id(),
                new NewSession(EU_AUTUMN.minusDays(7).atTime(9, 0), 60, SessionFormat.VIDEO, null),
                fixtures.principal(coach));
        String typed = INPUT.format(EU_AUTUMN.atTime(1, 30));
        mvc.perform(post("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("startsAt", typed)
                        .param("reason", "Kept typed"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#startsAt-error", is(1)))
                .andExpect(Page.count("#occurrence-choice input[type=radio]", is(2)))
                .andExpect(Page.value("#startsAt", is(typed)))
                .andExpect(Page.value("#reason", is("Kept typed")));
        mvc.perform(post("/engagements/{id}/sessions/{s}/move", a.id(), session.getId())
                        .with(fixtures.as(coach))
                        .with(csrf())
                        .param("startsAt", typed)
                        .param("occurrence", "LATER"))
                .andExpect(status().is3xxRedirection());
        CoachingSession old = coachingSessions.findById(session.getId()).orElseThrow();
        CoachingSession moved =
                coachingSessions.findById(old.getRescheduledToId()).orElseThrow();
        assertThat(moved.getStartsAt()).isEqualTo(Instant.parse(EU_AUTUMN + "T01:30:00Z"));
    }

    /**
     * The 48-hour notice across the American spring-forward night: from 08:01 on the Friday to 09:00 on the Sunday the
     * clocks in New York show 48 h 59 min, yet only 47 h 59 min pass, so a client cancelling then is late.
     */
    @Test
    void theNoticeIsCountedOnInstantsNotOnTheClientsWallClock() {
        LocalDate sunday = US_SPRING;
        // the coach in London books 13:00 (still GMT there), which is 09:00 summer time in New York
        CoachingSession session = sessions.schedule(
                a.id(), new NewSession(sunday.atTime(13, 0), 60, SessionFormat.VIDEO, null), fixtures.principal(coach));
        assertThat(session.getStartsAt())
                .isEqualTo(sunday.atTime(9, 0).atZone(NEW_YORK).toInstant());
        CancellationPolicy policy = CancellationPolicy.DEFAULT;
        Instant friday0801 =
                sunday.minusDays(2).atTime(LocalTime.of(8, 1)).atZone(NEW_YORK).toInstant();
        Instant friday0800 =
                sunday.minusDays(2).atTime(LocalTime.of(8, 0)).atZone(NEW_YORK).toInstant();
        assertThat(Duration.between(sunday.minusDays(2).atTime(8, 1), sunday.atTime(9, 0)))
                .as("the wall clocks say more than 48 hours")
                .isGreaterThan(Duration.ofHours(48));
        assertThat(Duration.between(friday0801, session.getStartsAt()))
                .isEqualTo(Duration.ofHours(47).plusMinutes(59));

        var byStart = coachingSessions.inOrderOfStart(a.id());
        CoachingSession stored = byStart.get(0);
        assertThat(policy.decide(stored, SessionChange.cancelBy(Participation.CLIENT), friday0801, byStart)
                        .status())
                .isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(policy.decide(stored, SessionChange.cancelBy(Participation.CLIENT), friday0800, byStart)
                        .status())
                .as("exactly 48 hours before is in time")
                .isEqualTo(SessionStatus.CANCELLED);
    }
}
