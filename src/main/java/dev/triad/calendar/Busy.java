package dev.triad.calendar;

import java.time.Instant;

/** A booked time: which item holds it, for which engagement, coach and client, from {@code start} to {@code end}. */
public record Busy(
        BookedItem item, Long itemId, Long engagementId, Long coachId, Long clientId, Instant start, Instant end) {

    /** Whether this time overlaps [{@code from}, {@code to}). */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && from.isBefore(end);
    }
}
