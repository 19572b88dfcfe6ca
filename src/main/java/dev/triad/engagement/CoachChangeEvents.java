package dev.triad.engagement;

/**
 * What happens to a client's request for a different coach, for notifications to act on; published inside the
 * transaction that makes the change. None carries the client's reason or HR's answer.
 */
public final class CoachChangeEvents {

    private CoachChangeEvents() {}

    /** The client asked HR for a different coach. */
    public record CoachChangeRequested(Long engagementId, Long requestId) {}

    /** HR answered the client's request by making {@code coachId} their coach (in the assignment made {@code at}). */
    public record CoachChangeAnswered(Long engagementId, Long requestId, Long coachId, java.time.Instant at) {}

    /** HR kept the coach and answered the client (the answer is on the request, for the client's page). */
    public record CoachChangeDeclined(Long engagementId, Long requestId, java.time.Instant at) {}
}
