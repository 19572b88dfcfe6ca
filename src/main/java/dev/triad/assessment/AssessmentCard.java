package dev.triad.assessment;

import java.util.List;

/**
 * One assessment on the assessments page, as the viewer may see it: for the leader with a summary-only
 * share, no scores, files or 360 status ({@code whole} is false).
 */
public record AssessmentCard(
        Assessment assessment, boolean whole, List<AssessmentScore> scores, int fileCount, FeedbackStatus feedback) {

    public ScoreChart chart() {
        return new ScoreChart(scores);
    }
}
