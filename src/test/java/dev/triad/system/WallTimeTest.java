package dev.triad.system;

import dev.triad.system.WallTime.Occurrence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WallTimeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

    @Test
    void anOrdinaryTimeIsTheInstantItMeansInTheTypersZone() {
        LocalDateTime nine = LocalDateTime.parse("2026-12-04T09:00");
        assertThat(WallTime.instant(nine, LONDON, "startsAt", null)).isEqualTo(Instant.parse("2026-12-04T09:00:00Z"));
        assertThat(WallTime.instant(nine, NEW_YORK, "startsAt", null)).isEqualTo(Instant.parse("2026-12-04T14:00:00Z"));
        assertThat(WallTime.instant(nine, SINGAPORE, "startsAt", null))
                .isEqualTo(Instant.parse("2026-12-04T01:00:00Z"));
    }

    @Test
    void aTimeSkippedWhenTheClocksGoForwardIsRefused() {
        // Last Sunday of March in London, second Sunday of March in New York: 01:00 → 02:00 and 02:00 → 03:00.
        assertThatThrownBy(() -> WallTime.instant(LocalDateTime.parse("2027-03-28T01:30"), LONDON, "startsAt", null))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.code()).isEqualTo("time.nonexistent");
                    assertThat(violation.field()).isEqualTo("startsAt");
                    assertThat(violation.arguments()).contains("Europe/London", "01:00", "02:00");
                });
        assertThatThrownBy(() -> WallTime.instant(LocalDateTime.parse("2027-03-14T02:30"), NEW_YORK, "startsAt", null))
                .isInstanceOf(RuleViolation.class)
                .hasMessageStartingWith("time.nonexistent");
        assertThat(WallTime.instant(LocalDateTime.parse("2027-03-14T03:00"), NEW_YORK, "startsAt", null))
                .isEqualTo(Instant.parse("2027-03-14T07:00:00Z"));
    }

    @Test
    void aTimeRepeatedWhenTheClocksGoBackAsksWhichOneIsMeant() {
        LocalDateTime twice = LocalDateTime.parse("2026-10-25T01:30");
        assertThatThrownBy(() -> WallTime.instant(twice, LONDON, "startsAt", null))
                .isInstanceOfSatisfying(WallTime.Ambiguous.class, ambiguous -> {
                    assertThat(ambiguous.code()).isEqualTo("time.ambiguous");
                    assertThat(ambiguous.label(Occurrence.EARLIER)).isEqualTo("01:30 BST");
                    assertThat(ambiguous.label(Occurrence.LATER)).isEqualTo("01:30 GMT");
                });
        assertThat(WallTime.instant(twice, LONDON, "startsAt", Occurrence.EARLIER))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(WallTime.instant(twice, LONDON, "startsAt", Occurrence.LATER))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        assertThat(WallTime.instant(twice, SINGAPORE, "startsAt", null))
                .isEqualTo(Instant.parse("2026-10-24T17:30:00Z"));
    }

    @Test
    void aFormsChoiceOfOccurrenceIsReadLeniently() {
        assertThat(Occurrence.parse("later")).isEqualTo(Occurrence.LATER);
        assertThat(Occurrence.parse("")).isNull();
        assertThat(Occurrence.parse("<script>")).isNull();
    }
}
