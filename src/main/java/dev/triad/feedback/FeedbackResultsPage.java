package dev.triad.feedback;

import dev.triad.assessment.Assessment;
import dev.triad.assessment.FeedbackStatus;
import dev.triad.engagement.EngagementAccess;

/** A 360 request's results page; {@code results} is null while the request still takes answers. */
public record FeedbackResultsPage(
        EngagementAccess access, Assessment assessment, FeedbackStatus status, FeedbackResults results) {

    public int threshold() {
        return FeedbackResults.ANONYMITY_THRESHOLD;
    }
}
