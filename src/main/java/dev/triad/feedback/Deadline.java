package dev.triad.feedback;

import dev.triad.system.Days;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * When a 360 request stops taking answers: the end of its last day in the requester's zone. {@code closesAt} is the
 * first instant after it; a rater, wherever they are, reads it in their own zone with the requester's day beside it.
 */
public record Deadline(Instant closesAt, ZoneId zone) {

    /** The request's last day, where the requester is. */
    public LocalDate lastDay() {
        return closesAt.minusNanos(1).atZone(zone).toLocalDate();
    }

    /**
     * "Fri 4 Dec 2026, 23:59 GMT (end of day in London)" for a reader in London; for one in another zone, their time
     * of that minute and the requester's day: "Sat 5 Dec 2026, 07:59 SGT (end of 4 Dec 2026 in London)".
     */
    public String describeFor(ZoneId reader) {
        ZonedDateTime lastMinute = closesAt.minusSeconds(60).atZone(reader);
        String where = place(zone);
        String end = lastMinute.toLocalDate().equals(lastDay())
                ? "end of day in " + where
                : "end of " + Days.date(lastDay()) + " in " + where;
        return Days.when(lastMinute) + " (" + end + ")";
    }

    /** "New York" for America/New_York; "UTC" for Etc/UTC. */
    static String place(ZoneId zone) {
        String id = zone.getId();
        if (!id.contains("/") || id.startsWith("Etc/")) {
            return id.substring(id.indexOf('/') + 1).toUpperCase(Locale.ROOT);
        }
        return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
    }
}
