package dev.triad.impact;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class RecentDashboardsUnitTest {

    private Instant now = Instant.parse("2026-11-21T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final AtomicInteger worked = new AtomicInteger();

    private Dashboard work() {
        worked.incrementAndGet();
        return new Dashboard(null, 0, null, null, null, null, null, null, null, null, List.of(), List.of(), now);
    }

    @Test
    void aProgrammesDashboardIsReusedForAMinuteThenWorkedOutAgain() {
        RecentDashboards recent = new RecentDashboards(Duration.ofMinutes(1), clock);

        Dashboard first = recent.of(1L, this::work);
        now = now.plusSeconds(59);
        assertThat(recent.of(1L, this::work)).isSameAs(first);
        assertThat(worked).hasValue(1);

        now = now.plusSeconds(1);
        Dashboard second = recent.of(1L, this::work);
        assertThat(second).isNotSameAs(first);
        assertThat(second.figuredAt()).isEqualTo(now);
        assertThat(worked).hasValue(2);
    }

    @Test
    void eachProgrammeHasItsOwn() {
        RecentDashboards recent = new RecentDashboards(Duration.ofMinutes(1), clock);

        recent.of(1L, this::work);
        recent.of(2L, this::work);
        recent.of(1L, this::work);

        assertThat(worked).hasValue(2);
    }

    @Test
    void zeroMeansEveryViewWorksItOut() {
        RecentDashboards recent = new RecentDashboards(Duration.ZERO, clock);

        recent.of(1L, this::work);
        recent.of(1L, this::work);

        assertThat(worked).hasValue(2);
    }
}
