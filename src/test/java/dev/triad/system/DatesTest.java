package dev.triad.system;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final Dates dates = new Dates(new Zones(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), PARIS)));

    @Test
    void eachKindHasOneHouseStyle() {
        LocalDateTime time = LocalDateTime.of(2026, 12, 1, 14, 30, 5);
        assertThat(dates.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
        assertThat(dates.time(time)).isEqualTo("14:30");
        assertThat(dates.dateTime(time)).isEqualTo("1 Dec 2026, 14:30");
        assertThat(dates.month(time)).isEqualTo("Dec 2026");
        assertThat(dates.timestamp(time)).isEqualTo("2026-12-01 14:30:05");
        assertThat(dates.date(null)).isEmpty();
        assertThat(dates.dateTime(null)).isEmpty();
    }

    @Test
    void instantsAreShownInTheReadersZoneAndZonedTimesInTheirOwn() {
        assertThat(dates.dateTime(Instant.parse("2026-12-01T23:30:00Z"))).isEqualTo("2 Dec 2026, 00:30");
        assertThat(dates.dateTime(ZonedDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneId.of("America/New_York"))))
                .isEqualTo("1 Dec 2026, 10:00");
    }

    @Test
    void aTimeRangeNamesTheDayOnceWithinADayAndTwiceAcrossDays() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 1, 23, 0);
        assertThat(dates.timeRange(start, start.plusMinutes(45))).isEqualTo("1 Dec 2026, 23:00–23:45");
        assertThat(dates.timeRange(start, start.plusHours(2))).isEqualTo("1 Dec 2026, 23:00 – 2 Dec 2026, 01:00");
        assertThat(Days.timeRange(start, start.plusMinutes(45)))
                .isEqualTo(dates.timeRange(start, start.plusMinutes(45)));
    }
}
