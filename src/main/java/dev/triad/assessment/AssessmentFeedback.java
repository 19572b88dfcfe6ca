package dev.triad.assessment;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 360 feedback requests that assessments hold (a 360 review prepared in Triad keeps its results in an assessment,
 * so that they are shared, withdrawn and logged like any assessment), as the assessment pages, the assessment form and
 * the client's data export need them. Implemented by the feedback module, which depends on this one, never the other
 * way round.
 */
public interface AssessmentFeedback {

    /** Where the request of each of these assessments that holds one stands, by assessment id, in a bounded number of queries. */
    Map<Long, FeedbackStatus> statusesOf(Long engagementId, Collection<Long> assessmentIds);

    /** Where the request this assessment holds stands; empty when it holds none. */
    Optional<FeedbackStatus> statusOf(Long engagementId, Long assessmentId);

    /** Whether the assessment holds a 360 request: then it stays a 360 review. */
    boolean holdsRequest(Long assessmentId);

    /**
     * The client's 360 requests on these engagements for their data export: each one's state, how many answered, and
     * the results exactly as the client sees them once answering has stopped (in aggregate, no rater's identity).
     */
    List<Map<String, Object>> export(Collection<Long> engagementIds);

    /** Erasure of a closed engagement's content: its 360 raters go, with their answers and links. */
    void erase(Long engagementId);
}
