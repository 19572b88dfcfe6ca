package dev.triad.alignment;

import dev.triad.system.Venue;

import java.time.Duration;
import java.time.Instant;

/** A coming alignment meeting as the home page's "next" line shows it, with the coach's default video link it falls back on. */
public record NextMeeting(
        Long engagementId,
        Long meetingId,
        MeetingKind kind,
        Instant startsAt,
        int minutes,
        String location,
        String coachLink) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public Venue venue() {
        return Venue.read(location, coachLink, startsAt, endsAt());
    }

    public String path() {
        return "/engagements/" + engagementId + "/alignment/meetings/" + meetingId;
    }
}
