package dev.triad.booking;

import java.time.LocalDateTime;

/**
 * An exception to the weekly hours: the coach is away from {@code starts} to {@code ends} (wall times of the coach's
 * zone; a whole day runs from its midnight to the next). The note is the coach's own, never shown to clients.
 */
public record Unavailable(Long id, LocalDateTime starts, LocalDateTime ends, String note) {

    public Unavailable {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("An exception ends after it starts");
        }
    }
}
