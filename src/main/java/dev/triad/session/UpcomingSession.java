package dev.triad.session;

import java.time.Duration;
import java.time.Instant;

/**
 * A scheduled session as reminders need it: when, who takes part, whether the client has written the
 * agenda, and the programme's cancellation notice. No agenda or notes: reminders never carry them.
 */
public record UpcomingSession(
        Long engagementId,
        Long sessionId,
        Instant startsAt,
        int minutes,
        SessionFormat format,
        Long clientId,
        Long coachId,
        String coachName,
        boolean hasAgenda,
        int noticeHours) {

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /** Whether the client cancelling at {@code at} would be late, by the same rule as cancelling in the app. */
    public boolean lateIfClientCancelsAt(Instant at) {
        return new CancellationPolicy(Duration.ofHours(noticeHours), 1).isLate(startsAt, at);
    }

    /** The session's page, for links. */
    public String path() {
        return "/engagements/" + engagementId + "/sessions/" + sessionId;
    }
}
