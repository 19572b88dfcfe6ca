package dev.triad.evaluation;

/**
 * What happens in evaluation, for notifications to act on; published inside the transaction that makes the
 * change. None carries what anyone wrote: listeners say that something happened and link to the page.
 */
public final class EvaluationEvents {

    private EvaluationEvents() {}

    /** A partnership check-in is waiting for the client. */
    public record CheckInDue(Long engagementId, Long checkInId) {}

    /** The client's check-in answer signals a low fit with the coach: HR is told, without the answer. */
    public record LowFitSignalled(Long engagementId, Long checkInId) {}

    /** A close-out survey was sent to {@code respondentId}. */
    public record CloseOutSurveySent(Long engagementId, Long surveyId, Long respondentId) {}
}
