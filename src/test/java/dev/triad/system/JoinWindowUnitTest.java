package dev.triad.system;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class JoinWindowUnitTest {

    private static final Instant START = Instant.parse("2026-12-04T10:00:00Z");
    private static final Instant END = Instant.parse("2026-12-04T11:00:00Z");

    private static JoinWindow.State at(String time) {
        return JoinWindow.state(START, END, Instant.parse("2026-12-04T" + time + "Z"));
    }

    @Test
    void theJoinButtonShowsFromTenMinutesBeforeTheStartUntilTheEnd() {
        assertThat(at("09:49:59")).isEqualTo(JoinWindow.State.NOT_YET);
        assertThat(at("09:49:00")).isEqualTo(JoinWindow.State.NOT_YET);
        assertThat(at("09:50:00")).isEqualTo(JoinWindow.State.OPEN);
        assertThat(at("10:00:00")).isEqualTo(JoinWindow.State.OPEN);
        assertThat(at("10:59:59")).isEqualTo(JoinWindow.State.OPEN);
    }

    @Test
    void atTheEndTheMeetingIsOver() {
        assertThat(at("11:00:00")).isEqualTo(JoinWindow.State.OVER);
        assertThat(at("11:30:00")).isEqualTo(JoinWindow.State.OVER);
    }

    @Test
    void pagesAskWithTheApplicationsClock() {
        Venue venue = Venue.video("https://meet.example/x", null, START, END);
        Clock nineFortyNine = Clock.fixed(Instant.parse("2026-12-04T09:49:00Z"), ZoneOffset.UTC);
        Clock nineFifty = Clock.fixed(Instant.parse("2026-12-04T09:50:00Z"), ZoneOffset.UTC);
        assertThat(new JoinWindow(nineFortyNine).isOpen(venue)).isFalse();
        assertThat(new JoinWindow(nineFifty).isOpen(venue)).isTrue();
    }
}
