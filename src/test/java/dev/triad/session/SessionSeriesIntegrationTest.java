package dev.triad.session;

import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.Days;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: the coach books a series, every N weeks, K times; all of it or none, each occurrence checked against the
 * calendar, the planned end and the hours the contract has left.
 */
@IntegrationTest
class SessionSeriesIntegrationTest {

    @Autowired
    dev.triad.system.Zones zones;

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    CoachingSessions coachingSessions;

    /** Contracted for the programme's 12 hours, planned to end in six months. */
    Triad a;

    LocalDateTime nine;

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
        nine = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(9);
    }

    ResultActions series(Triad t, LocalDateTime first, String everyWeeks, String times) throws Exception {
        return mvc.perform(post("/engagements/{id}/sessions", t.id())
                .with(fixtures.as(t.coach()))
                .with(csrf())
                .param("startsAt", INPUT.format(first))
                .param("minutes", "60")
                .param("format", "VIDEO")
                .param("repeatEveryWeeks", everyWeeks)
                .param("repeatTimes", times));
    }

    @Test
    void theScheduleFormOffersTheRepeat() throws Exception {
        mvc.perform(get("/engagements/{id}/sessions/new", a.id()).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#repeatEveryWeeks", is(1)))
                .andExpect(Page.count("#repeatTimes", is(1)));
    }

    @Test
    void fourSessionsEveryTwoWeeksAreBookedEachASessionOfItsOwn() throws Exception {
        series(a, nine, "2", "4")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/sessions"));

        assertThat(coachingSessions.inOrderOfStart(a.id()))
                .extracting(CoachingSession::getStartsAt)
                .containsExactly(
                        nine.atZone(zones.organisation()).toInstant(),
                        nine.plusWeeks(2).atZone(zones.organisation()).toInstant(),
                        nine.plusWeeks(4).atZone(zones.organisation()).toInstant(),
                        nine.plusWeeks(6).atZone(zones.organisation()).toInstant());
        assertThat(coachingSessions.inOrderOfStart(a.id()))
                .extracting(CoachingSession::getCalendarUid)
                .doesNotHaveDuplicates();
    }

    @Test
    void oneOccurrenceThatClashesRefusesTheWholeSeriesAndIsNamed() throws Exception {
        Triad b = fixtures.anEngagement().withCoach(a.coach()).buildTriad();
        sessions.schedule(
                b.id(),
                new NewSession(nine.plusWeeks(4).plusMinutes(30), 60, SessionFormat.VIDEO, null),
                fixtures.principal(b.coach()));

        series(a, nine, "2", "4")
                .andExpect(status().isOk())
                .andExpect(Page.text(
                        "#startsAt-error",
                        allOf(
                                containsString("1 of the 4 sessions would clash, so none was scheduled."),
                                containsString(Days.when(nine.plusWeeks(4).atZone(zones.organisation()))
                                        + ": Overlaps your session with "
                                        + b.client().getFullName()),
                                not(containsString(Days.when(nine.plusWeeks(2).atZone(zones.organisation())))))));

        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }

    @Test
    void aSeriesNeedingMoreHoursThanTheContractHasLeftIsRefused() throws Exception {
        series(a, nine, "1", "13")
                .andExpect(status().isOk())
                .andExpect(Page.text("#repeatTimes-error", containsString("needs 13 hours; the contract has 12 left")));
        // The sessions already booked count against what is left.
        sessions.schedule(
                a.id(),
                new NewSession(nine.minusDays(1), 60, SessionFormat.VIDEO, null),
                fixtures.principal(a.coach()));
        series(a, nine, "1", "12")
                .andExpect(status().isOk())
                .andExpect(Page.text("#repeatTimes-error", containsString("has 11 left")));

        assertThat(coachingSessions.inOrderOfStart(a.id())).hasSize(1);
        series(a, nine, "1", "11").andExpect(status().is3xxRedirection());
        assertThat(coachingSessions.inOrderOfStart(a.id())).hasSize(12);
    }

    @Test
    void aSeriesRunningPastThePlannedEndOrOutOfBoundsIsRefused() throws Exception {
        series(a, nine, "8", "5")
                .andExpect(status().isOk())
                .andExpect(Page.text("#repeatTimes-error", containsString("after the engagement’s planned end")));
        series(a, nine, "9", "2")
                .andExpect(status().isOk())
                .andExpect(Page.text("#repeatEveryWeeks-error", is("Repeat every 1 to 8 weeks")));
        series(a, nine, "1", "27")
                .andExpect(status().isOk())
                .andExpect(Page.text("#repeatTimes-error", containsString("Repeat 2 to 26 times")));
        series(a, nine, "1", "")
                .andExpect(status().isOk())
                .andExpect(Page.text(".text-danger[role=alert]", containsString("or neither")));

        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
    }
}
