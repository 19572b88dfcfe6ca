package dev.triad.alignment;

import java.time.Duration;
import java.time.Instant;

/** A coming alignment meeting as a home page lists it. */
public record MeetingOnHome(
        Long engagementId,
        Long meetingId,
        MeetingKind kind,
        Instant startsAt,
        int minutes,
        String location,
        String clientName) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public String href() {
        return "/engagements/" + engagementId + "/alignment/meetings/" + meetingId;
    }
}
