package dev.triad.assessment;

import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementContent;

import java.util.List;

/** One assessment as the viewer may see it; {@code whole} is false for a leader with a summary-only share. */
public record AssessmentPage(
        EngagementAccess access,
        Assessment assessment,
        boolean whole,
        List<AssessmentScore> scores,
        List<AssessmentFile> files,
        FeedbackStatus feedback) {

    public boolean mayWrite() {
        return access.may(EngagementContent.ASSESSMENTS);
    }

    /** Only the client decides what the leader sees. */
    public boolean mayShare() {
        return access.isClient();
    }

    public ScoreChart chart() {
        return new ScoreChart(scores);
    }

    public int maxFiles() {
        return AssessmentFile.MAX_FILES_PER_ASSESSMENT;
    }
}
