package dev.triad.session;

import java.time.Instant;

/**
 * What happens to sessions, for other modules (notifications) to act on. Published inside the transaction
 * that makes the change, so a listener writing to the outbox commits or rolls back with it.
 */
public final class SessionEvents {

    private SessionEvents() {}

    public record SessionScheduled(Long engagementId, Long sessionId) {}

    /** {@code fromSessionId} was settled as rescheduled (or late-cancelled) and {@code toSessionId} booked in its place. */
    public record SessionMoved(Long engagementId, Long fromSessionId, Long toSessionId) {}

    /** {@code late}: cancelled at short notice; {@code deducted}: its time is taken (late, or making a run); {@code inARow}: the run it makes (0: none). */
    public record SessionCancelled(Long engagementId, Long sessionId, boolean late, boolean deducted, int inARow) {}

    /** The engagement closed before the session took place: cancelled, never deducted; everyone invited is told. */
    public record SessionCancelledAsEngagementClosed(Long engagementId, Long sessionId) {}

    public record AttendanceAlertRaised(Long engagementId, Long alertId, int cancellations, Instant raisedAt) {}

    /** The coach shared a summary on a session that had none: the client reads it on the session's page. */
    public record SummaryShared(Long engagementId, Long sessionId) {}

    /** The coach recorded the session as held (its time is on the ledger). */
    public record SessionHeld(Long engagementId, Long sessionId) {}
}
