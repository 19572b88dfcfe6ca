package dev.triad.alignment;

/**
 * What happens in alignment meetings and progress reporting, for other modules (notifications) to act on. Published
 * inside the transaction that makes the change, so a listener writing to the outbox commits or rolls back with it.
 */
public final class AlignmentEvents {

    private AlignmentEvents() {}

    public record MeetingScheduled(Long engagementId, Long meetingId) {}

    public record MeetingMoved(Long engagementId, Long meetingId) {}

    public record MeetingCancelled(Long engagementId, Long meetingId) {}

    /** The engagement closed before the meeting took place: cancelled, and everyone invited is told. */
    public record MeetingCancelledAsEngagementClosed(Long engagementId, Long meetingId) {}

    /** An outcome version was written and waits for the confirmation of whoever has not given it. */
    public record OutcomeAwaitingConfirmation(Long engagementId, Long meetingId, Long outcomeId) {}

    public record ProgressReportSent(Long engagementId, Long reportId) {}

    /** The leader gave the client feedback ({@code goalId}: about a shared goal, or null). */
    public record LeaderFeedbackGiven(Long engagementId, Long feedbackId, Long goalId) {}
}
