package dev.triad.assessment;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Days in Triad's time zone (the application clock's): a request open "until 15 May"
 * takes answers until the end of that day there.
 */
@Component
public class AssessmentTime {

    private final Clock clock;
    private final ZoneId zone;

    AssessmentTime(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** The organisation's zone. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in {@code zone}. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The first instant after {@code day} in {@code zone}: a 360 deadline is the end of that day where its requester is. */
    public Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code day}. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last day on which something that ends at {@code end} is still open. */
    public LocalDate lastDayBefore(Instant end) {
        return end.minusNanos(1).atZone(zone).toLocalDate();
    }

    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
