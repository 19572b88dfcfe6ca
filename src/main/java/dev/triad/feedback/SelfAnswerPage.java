package dev.triad.feedback;

import dev.triad.assessment.Assessment;
import dev.triad.assessment.FeedbackStatus;
import dev.triad.engagement.EngagementAccess;

/** The client's own answers to their 360 request: the self view set against everyone else's. */
public record SelfAnswerPage(
        EngagementAccess access, Assessment assessment, FeedbackStatus status, FeedbackRater self, AnswerSheet sheet) {

    public SelfAnswerPage with(AnswerSheet other) {
        return new SelfAnswerPage(access, assessment, status, self, other);
    }
}
