package dev.triad.assessment;

/**
 * The client's sharing of an assessment with the leader, for notifications to act on; published inside the
 * transaction that changes it. They carry no content: the leader is told that something is shared, not what.
 */
public final class AssessmentEvents {

    private AssessmentEvents() {}

    /** The client shared the assessment with the leader, or changed how much of it they share. */
    public record AssessmentShared(Long engagementId, Long assessmentId) {}

    /** The client withdrew the share: the leader no longer sees the assessment. */
    public record AssessmentWithdrawn(Long engagementId, Long assessmentId) {}
}
