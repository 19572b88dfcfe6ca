package dev.triad.alignment;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Now, today and the zone meetings and due dates are in (the application clock's, Triad's one time zone). */
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

    Instant at(LocalDateTime local) {
        return local.atZone(zone).toInstant();
    }

    LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
