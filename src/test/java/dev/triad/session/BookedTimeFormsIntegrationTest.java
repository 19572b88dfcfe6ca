package dev.triad.session;

import dev.triad.account.User;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.MeetingKind;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.engagement.PhaseService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.Days;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a session or meeting is not booked over another of the same coach or client; the form says what holds the
 * time to whoever may see it, and only that; cancelling or moving gives the time back; of two requests at once one wins.
 */
@IntegrationTest
class BookedTimeFormsIntegrationTest {

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

    @Autowired
    AlignmentService alignment;

    @Autowired
    PhaseService phases;

    @Autowired
    CoachRoster roster;

    Triad a;

    /** Another engagement of a's coach, with another client. */
    Triad b;

    LocalDateTime nine;

    @BeforeEach
    void twoEngagementsOfOneCoach() {
        a = fixtures.aTriad();
        b = fixtures.anEngagement().withCoach(a.coach()).buildTriad();
        nine = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(9);
    }

    ResultActions scheduleSession(Triad t, LocalDateTime at) throws Exception {
        return mvc.perform(post("/engagements/{id}/sessions", t.id())
                .with(fixtures.as(t.coach()))
                .with(csrf())
                .param("startsAt", INPUT.format(at))
                .param("minutes", "60")
                .param("format", "VIDEO"));
    }

    ResultActions scheduleMeeting(Triad t, User by, LocalDateTime at) throws Exception {
        return mvc.perform(post("/engagements/{id}/alignment/meetings", t.id())
                .with(fixtures.as(by))
                .with(csrf())
                .param("kind", "MID_POINT")
                .param("startsAt", INPUT.format(at))
                .param("minutes", "60"));
    }

    ResultActions move(Triad t, CoachingSession session, User by, LocalDateTime to) throws Exception {
        return mvc.perform(post("/engagements/{id}/sessions/{s}/move", t.id(), session.getId())
                .with(fixtures.as(by))
                .with(csrf())
                .param("startsAt", INPUT.format(to)));
    }

    CoachingSession booked(Triad t, LocalDateTime at) {
        return sessions.schedule(
                t.id(), new NewSession(at, 60, SessionFormat.VIDEO, null), fixtures.principal(t.coach()));
    }

    /** How the form writes a booked hour from {@code start}, for a reader in Triad's zone (the test people's). */
    String hourFrom(LocalDateTime start) {
        return Days.whenRange(
                start.atZone(zones.organisation()), start.plusHours(1).atZone(zones.organisation()));
    }

    @Test
    void theCoachCannotDoubleBookAcrossTwoEngagementsAndIsToldWhichSessionHoldsTheTime() throws Exception {
        booked(a, nine);

        scheduleSession(b, nine.plusMinutes(30))
                .andExpect(status().isOk())
                .andExpect(Page.text(
                        "#startsAt-error",
                        is("Overlaps your session with " + a.client().getFullName() + ", " + hourFrom(nine))));

        assertThat(coachingSessions.inOrderOfStart(b.id())).isEmpty();
        // Back to back is free.
        scheduleSession(b, nine.plusHours(1)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aSessionCannotOverlapAnAlignmentMeetingOfTheSameCoach() throws Exception {
        scheduleMeeting(a, a.client(), nine).andExpect(status().is3xxRedirection());

        scheduleSession(b, nine)
                .andExpect(status().isOk())
                .andExpect(Page.text(
                        "#startsAt-error",
                        is("Overlaps your alignment meeting with " + a.client().getFullName() + ", "
                                + hourFrom(nine))));
        // The same engagement's session and meeting cannot overlap either: the client is in both.
        scheduleSession(a, nine.plusMinutes(15))
                .andExpect(status().isOk())
                .andExpect(Page.text("#startsAt-error", containsString("Overlaps your alignment meeting")));
        assertThat(coachingSessions.inOrderOfStart(a.id())).isEmpty();
        assertThat(coachingSessions.inOrderOfStart(b.id())).isEmpty();
    }

    @Test
    void aClientBookedWithAnotherCoachIsNotFreeButTheOtherCoachLearnsNothingMore() throws Exception {
        Triad withAnotherCoach = fixtures.anEngagement().withClient(a.client()).buildTriad();
        booked(a, nine);

        scheduleSession(withAnotherCoach, nine)
                .andExpect(status().isOk())
                .andExpect(Page.text(
                        "#startsAt-error", is(a.client().getFullName() + " is not free at that time; choose another")))
                .andExpect(Page.text(
                        "#startsAt-error", not(containsString(a.coach().getFullName()))));
        assertThat(coachingSessions.inOrderOfStart(withAnotherCoach.id())).isEmpty();
    }

    @Test
    void aClientMovingIntoAnotherClientsSessionLearnsOnlyThatHerCoachIsNotFree() throws Exception {
        booked(b, nine);
        CoachingSession hers = booked(a, nine.plusDays(2));

        move(a, hers, a.client(), nine.plusMinutes(30))
                .andExpect(status().isOk())
                .andExpect(Page.text("#startsAt-error", is("Your coach is not free at that time; choose another")))
                .andExpect(Page.text(
                        "#startsAt-error", not(containsString(b.client().getFullName()))));
        assertThat(coachingSessions.findById(hers.getId()).orElseThrow().getStatus())
                .isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void aClientMovingOntoHerOwnMeetingIsToldItIsHers() throws Exception {
        scheduleMeeting(a, a.client(), nine).andExpect(status().is3xxRedirection());
        CoachingSession hers = booked(a, nine.plusDays(2));

        move(a, hers, a.client(), nine)
                .andExpect(status().isOk())
                .andExpect(Page.text(
                        "#startsAt-error",
                        is("Overlaps your alignment meeting with " + a.coach().getFullName() + ", " + hourFrom(nine))));
    }

    @Test
    void aCancelledSessionGivesItsTimeBack() throws Exception {
        CoachingSession session = booked(a, nine);
        mvc.perform(post("/engagements/{id}/sessions/{s}/cancel", a.id(), session.getId())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("reason", "Travelling"))
                .andExpect(status().is3xxRedirection());

        scheduleSession(b, nine).andExpect(status().is3xxRedirection());
    }

    @Test
    void aMovedSessionGivesItsOldTimeBackAndHoldsTheNewOne() throws Exception {
        CoachingSession session = booked(a, nine);
        // Half an hour later overlaps its own old time: no conflict with itself.
        move(a, session, a.coach(), nine.plusMinutes(30)).andExpect(status().is3xxRedirection());

        scheduleSession(b, nine.minusMinutes(30)).andExpect(status().is3xxRedirection());
        scheduleSession(b, nine.plusHours(1))
                .andExpect(status().isOk())
                .andExpect(
                        Page.text("#startsAt-error", containsString(a.client().getFullName())));
    }

    @Test
    void aMovedOrCancelledMeetingGivesItsTimeBack() throws Exception {
        scheduleMeeting(a, a.coach(), nine).andExpect(status().is3xxRedirection());
        Long meetingId = alignment.list(a.id(), fixtures.principal(a.coach())).meetings().stream()
                .filter(m -> m.getKind() == MeetingKind.MID_POINT)
                .findFirst()
                .orElseThrow()
                .getId();
        mvc.perform(post("/engagements/{id}/alignment/meetings/{m}/move", a.id(), meetingId)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("startsAt", INPUT.format(nine.plusDays(1)))
                        .param("minutes", "60"))
                .andExpect(status().is3xxRedirection());
        scheduleSession(b, nine).andExpect(status().is3xxRedirection());
        scheduleSession(b, nine.plusDays(1)).andExpect(status().isOk());

        mvc.perform(post("/engagements/{id}/alignment/meetings/{m}/cancel", a.id(), meetingId)
                        .with(fixtures.as(a.client()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        scheduleSession(b, nine.plusDays(1)).andExpect(status().is3xxRedirection());
    }

    @Test
    void closingAnEngagementGivesTheTimesOfItsSessionsAndMeetingsToComeBack() throws Exception {
        booked(a, nine);
        scheduleMeeting(a, a.coach(), nine.plusDays(1)).andExpect(status().is3xxRedirection());

        phases.move(
                a.id(),
                new PhaseMove(null, Phase.CLOSED, Closure.TERMINATED, "The client left the company"),
                fixtures.principal(fixtures.hr()));

        scheduleSession(b, nine).andExpect(status().is3xxRedirection());
        scheduleSession(b, nine.plusDays(1)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aNewCoachTakesOverTheTimesOfTheSessionsToCome() throws Exception {
        booked(a, nine);
        Triad ofTheNewCoach = fixtures.aTriad();

        roster.assign(a.id(), ofTheNewCoach.coach().getId(), true, "Client asked", fixtures.principal(fixtures.hr()));

        scheduleSession(b, nine).andExpect(status().is3xxRedirection());
        scheduleSession(ofTheNewCoach, nine)
                .andExpect(status().isOk())
                .andExpect(
                        Page.text("#startsAt-error", containsString(a.client().getFullName())));
    }

    @Test
    void ofTwoCoachesRequestsForTheSameTimeAtOnceExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                LocalDateTime at = nine.plusDays(round);
                CountDownLatch ready = new CountDownLatch(2);
                List<Future<String>> outcomes = new ArrayList<>();
                for (Triad t : List.of(a, b)) {
                    Callable<String> attempt = () -> {
                        ready.countDown();
                        ready.await();
                        try {
                            booked(t, at);
                            return "won";
                        } catch (RuleViolation refused) {
                            assertThat(refused.field()).isEqualTo("startsAt");
                            return refused.code();
                        }
                    };
                    outcomes.add(threads.submit(attempt));
                }
                List<String> results = new ArrayList<>();
                for (Future<String> outcome : outcomes) {
                    results.add(outcome.get());
                }
                assertThat(results).as("round " + round).containsOnlyOnce("won");
                assertThat(results)
                        .as("round " + round)
                        .anyMatch(code -> code.equals("calendar.time.taken.justTaken")
                                || code.equals("calendar.time.taken.session"));
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(coachingSessions.inOrderOfStart(a.id()).size()
                        + coachingSessions.inOrderOfStart(b.id()).size())
                .isEqualTo(6);
    }
}
