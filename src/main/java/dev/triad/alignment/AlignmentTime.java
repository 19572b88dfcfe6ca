package dev.triad.alignment;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Now, today and the organisation's zone (the application clock's), for due dates and calendar files; a meeting's
 * typed time is in the typer's own zone ({@code system.WallTime}).
 */
@Component
public class AlignmentTime {

    private final Clock clock;
    private final ZoneId zone;

    AlignmentTime(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
