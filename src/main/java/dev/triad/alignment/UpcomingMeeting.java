package dev.triad.alignment;

import java.time.Duration;
import java.time.Instant;

/** A scheduled three-way meeting as its reminder needs it: when, which kind, and its three participants. */
public record UpcomingMeeting(
        Long engagementId,
        Long meetingId,
        MeetingKind kind,
        Instant startsAt,
        int minutes,
        Long clientId,
        Long coachId,
        Long leaderId) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /** The meeting's page, for links. */
    public String path() {
        return "/engagements/" + engagementId + "/alignment/meetings/" + meetingId;
    }
}
