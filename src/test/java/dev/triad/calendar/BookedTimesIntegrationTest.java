package dev.triad.calendar;

import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL refuses two overlapping bookings of one coach or one client, even when both are asked at once. */
@IntegrationTest
class BookedTimesIntegrationTest {

    private static final AtomicLong ITEM_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    BookedTimes booked;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TransactionTemplate transactions;

    private final Instant nine = Instant.parse("2031-03-06T09:00:00Z");

    @Test
    void anOverlapWithTheSameCoachOrClientIsRefusedAndNamesWhatHoldsTheTime() {
        Triad first = fixtures.aTriad();
        Triad sameCoach = fixtures.anEngagement().withCoach(first.coach()).buildTriad();
        long held = ITEM_IDS.incrementAndGet();
        book(first, held, nine, nine.plus(Duration.ofHours(1)));

        assertThatThrownBy(() ->
                        book(sameCoach, ITEM_IDS.incrementAndGet(), nine.plusSeconds(1800), nine.plusSeconds(5400)))
                .isInstanceOfSatisfying(TimeTaken.class, taken -> {
                    assertThat(taken.justTaken()).isFalse();
                    assertThat(taken.conflicts()).singleElement().satisfies(busy -> {
                        assertThat(busy.itemId()).isEqualTo(held);
                        assertThat(busy.engagementId()).isEqualTo(first.id());
                    });
                });
        // Back to back is not an overlap; another coach and client at the same time is none of theirs.
        book(sameCoach, ITEM_IDS.incrementAndGet(), nine.plus(Duration.ofHours(1)), nine.plus(Duration.ofHours(2)));
        Triad other = fixtures.aTriad();
        book(other, ITEM_IDS.incrementAndGet(), nine, nine.plus(Duration.ofHours(1)));
        assertThat(booked.busy(first.coach().getId(), null, nine, nine.plus(Duration.ofHours(3))))
                .hasSize(2);
    }

    @Test
    void aFreedOrMovedItemGivesItsTimeBack() {
        Triad triad = fixtures.aTriad();
        long item = ITEM_IDS.incrementAndGet();
        book(triad, item, nine, nine.plusSeconds(3600));
        // Moving the same item over its own old time is no conflict.
        book(triad, item, nine.plusSeconds(1800), nine.plusSeconds(5400));
        assertThat(booked.busy(null, triad.client().getId(), nine, nine.plusSeconds(7200)))
                .singleElement()
                .satisfies(busy -> assertThat(busy.start()).isEqualTo(nine.plusSeconds(1800)));
        transactions.executeWithoutResult(status -> booked.free(BookedItem.SESSION, item));
        book(triad, ITEM_IDS.incrementAndGet(), nine, nine.plusSeconds(3600));
    }

    @Test
    void ofTwoRequestsForTheSameTimeAtTheSameMomentExactlyOneWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Triad one = fixtures.aTriad();
                Triad two = fixtures.anEngagement().withCoach(one.coach()).buildTriad();
                Instant start = nine.plus(Duration.ofDays(round));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (Triad triad : List.of(one, two)) {
                    long item = ITEM_IDS.incrementAndGet();
                    outcomes.add(threads.submit(() -> {
                        go.await();
                        try {
                            book(triad, item, start, start.plusSeconds(3600));
                            return true;
                        } catch (TimeTaken taken) {
                            return false;
                        }
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Boolean> outcome : outcomes) {
                    winners += outcome.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
                assertThat(booked.busy(one.coach().getId(), null, start, start.plusSeconds(3600)))
                        .hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private void book(Triad triad, long item, Instant start, Instant end) {
        transactions.executeWithoutResult(status -> booked.book(
                BookedItem.SESSION,
                item,
                triad.id(),
                triad.coach().getId(),
                triad.client().getId(),
                start,
                end));
    }
}
