package dev.triad.session;

import dev.triad.system.Venue;

import java.time.Duration;
import java.time.Instant;

/**
 * A client's coming session as their home page's "next" line shows it: when, how and where, and the coach's default video
 * link it falls back on, read now. No agenda or summary: the line never shows them.
 */
public record SessionOnHome(
        Long engagementId,
        Long sessionId,
        Instant startsAt,
        int minutes,
        SessionFormat format,
        String location,
        String coachLink) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /** Where it takes place, the coach's link standing in for a video session without a link of its own. */
    public Venue venue() {
        return switch (format) {
            case IN_PERSON -> Venue.inPerson(location, startsAt, endsAt());
            case PHONE -> Venue.phone(location, startsAt, endsAt());
            case VIDEO -> Venue.video(location, coachLink, startsAt, endsAt());
        };
    }

    public String path() {
        return "/engagements/" + engagementId + "/sessions/" + sessionId;
    }
}
