package dev.triad.system;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ZonesTest {

    private final Zones zones = new Zones(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneId.of("Etc/UTC")));

    @Test
    void aPersonWithoutAZoneOfTheirOwnFollowsTheOrganisation() {
        assertThat(zones.of(() -> null)).isEqualTo(ZoneId.of("Etc/UTC"));
        assertThat(zones.of(() -> ZoneId.of("Asia/Singapore"))).isEqualTo(ZoneId.of("Asia/Singapore"));
        assertThat(zones.reader()).isEqualTo(ZoneId.of("Etc/UTC"));
    }

    @Test
    void onlyRegionCityZonesAndUtcMayBeChosen() {
        assertThat(Zones.parse("America/New_York")).contains(ZoneId.of("America/New_York"));
        assertThat(Zones.parse(" Europe/London ")).contains(ZoneId.of("Europe/London"));
        assertThat(Zones.parse("Etc/UTC")).contains(ZoneId.of("Etc/UTC"));
        assertThat(Zones.parse("Etc/GMT+5")).isEmpty();
        assertThat(Zones.parse("Mars/Olympus")).isEmpty();
        assertThat(Zones.parse("<script>")).isEmpty();
        assertThat(Zones.parse(null)).isEmpty();
        assertThat(zones.choices()).contains(ZoneId.of("Europe/London")).doesNotContain(ZoneId.of("Etc/GMT+5"));
    }

    @Test
    void theAbbreviationFollowsDaylightSaving() {
        ZoneId london = ZoneId.of("Europe/London");
        assertThat(Zones.abbreviation(london, Instant.parse("2026-12-04T09:00:00Z")))
                .isEqualTo("GMT");
        assertThat(Zones.abbreviation(london, Instant.parse("2026-07-04T09:00:00Z")))
                .isEqualTo("BST");
        assertThat(Zones.describe(ZoneId.of("America/New_York"), Instant.parse("2026-12-04T09:00:00Z")))
                .isEqualTo("America/New_York (EST)");
    }
}
