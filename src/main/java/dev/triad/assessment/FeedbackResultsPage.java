package dev.triad.assessment;

import dev.triad.engagement.EngagementAccess;

/** A 360 request's results page; {@code results} is null while the request still takes answers. */
public record FeedbackResultsPage(EngagementAccess access, Assessment assessment, FeedbackStatus status,
                                  FeedbackResults results) {

    public int threshold() {
        return FeedbackResults.ANONYMITY_THRESHOLD;
    }
}
