package dev.triad.booking;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.session.SessionDirectory;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static dev.triad.booking.BookingScene.london;
import static org.assertj.core.api.Assertions.assertThat;

/** Two clients of one coach take the same time at the same moment: exactly one gets it, every time. */
@IntegrationTest
class BookingRaceIntegrationTest {

    static final int ROUNDS = 6;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    CoachAvailability availability;

    @Autowired
    BookingService booking;

    @Autowired
    SessionDirectory sessions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoClientsRacingForOneSlotLeaveExactlyOneWinnerAndTellTheOtherItWasJustTaken() throws Exception {
        BookingScene scene = new BookingScene(fixtures, programmes, availability, jdbc);
        User coach = scene.coachInLondon();
        scene.publish(coach, null, List.of());
        Programme programme = scene.programmeWhereClientsBook();
        Triad a = scene.triad(programme, coach);
        Triad b = scene.triad(programme, coach);
        CurrentUser clientA = fixtures.principal(a.client());
        CurrentUser clientB = fixtures.principal(b.client());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant slot = london(3 + round / 3, 9 + 2 * (round % 3));
                CountDownLatch go = new CountDownLatch(1);
                Future<String> forA = pool.submit(() -> attempt(go, a, slot, clientA));
                Future<String> forB = pool.submit(() -> attempt(go, b, slot, clientB));
                go.countDown();
                List<String> outcomes =
                        new ArrayList<>(List.of(forA.get(30, TimeUnit.SECONDS), forB.get(30, TimeUnit.SECONDS)));

                assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder("booked", "booking.slot.taken");
                long held = jdbc.queryForObject(
                        "select count(*) from booked_time where coach_id = ? and lower(during) = ?",
                        Long.class,
                        coach.getId(),
                        java.sql.Timestamp.from(slot));
                assertThat(held).as("round " + round).isOne();
                long scheduled = sessions.inOrderOfStart(a.id()).stream()
                                .filter(s -> s.getStartsAt().equals(slot))
                                .count()
                        + sessions.inOrderOfStart(b.id()).stream()
                                .filter(s -> s.getStartsAt().equals(slot))
                                .count();
                assertThat(scheduled).as("round " + round).isOne();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String attempt(CountDownLatch go, Triad t, Instant slot, CurrentUser client) throws InterruptedException {
        go.await();
        try {
            booking.book(t.id(), slot, client);
            return "booked";
        } catch (RuleViolation e) {
            return e.code();
        }
    }
}
