package dev.triad.system;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Triad has one time zone, its clock's: triad.time-zone, else UTC — never the zone of the machine it runs on. */
class ClockConfigurationTest {

    private final TimeZone machine = TimeZone.getDefault();

    @AfterEach
    void restoreTheMachinesZone() {
        TimeZone.setDefault(machine);
    }

    @Test
    void withoutAConfiguredZoneTheClockIsInUtcWhateverTheMachinesZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Singapore"));
        assertThat(new ClockConfiguration().clock("").getZone()).isEqualTo(ZoneId.of("Etc/UTC"));
        assertThat(new ClockConfiguration().clock(null).getZone()).isEqualTo(ZoneId.of("Etc/UTC"));
        assertThat(new ClockConfiguration().clock("  ").getZone()).isEqualTo(ZoneId.of("Etc/UTC"));
    }

    @Test
    void theConfiguredZoneIsTheClocksZone() {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Singapore"));
        assertThat(new ClockConfiguration().clock(" Europe/Berlin ").getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    }

    @Test
    void aZoneThatDoesNotExistStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> new ClockConfiguration().clock("Mars/Olympus_Mons"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("triad.time-zone=Mars/Olympus_Mons is not a time zone");
    }
}
