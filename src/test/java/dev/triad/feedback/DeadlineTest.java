package dev.triad.feedback;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** A 360 deadline is the end of its last day where the requester is, told to a rater in their own zone. */
class DeadlineTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static Deadline endOf(LocalDate day, ZoneId zone) {
        return new Deadline(day.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    @Test
    void aRaterInTheRequestersZoneReadsTheLastMinuteOfThatDay() {
        Deadline deadline = endOf(LocalDate.of(2026, 12, 4), LONDON);
        assertThat(deadline.lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(deadline.describeFor(LONDON)).isEqualTo("Fri 4 Dec 2026, 23:59 GMT (end of day in London)");
    }

    @Test
    void aRaterElsewhereReadsTheirOwnTimeAndTheRequestersDay() {
        Deadline deadline = endOf(LocalDate.of(2026, 12, 4), LONDON);
        assertThat(deadline.describeFor(ZoneId.of("Asia/Singapore")))
                .isEqualTo("Sat 5 Dec 2026, 07:59 SGT (end of 4 Dec 2026 in London)");
        Deadline fromNewYork = endOf(LocalDate.of(2026, 12, 4), NEW_YORK);
        assertThat(fromNewYork.lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(fromNewYork.describeFor(LONDON))
                .isEqualTo("Sat 5 Dec 2026, 04:59 GMT (end of 4 Dec 2026 in New York)");
        assertThat(fromNewYork.describeFor(NEW_YORK)).isEqualTo("Fri 4 Dec 2026, 23:59 EST (end of day in New York)");
    }
}
