package dev.triad.assessment;

import dev.triad.system.ChartJson;

import java.util.List;

/**
 * An assessment's scores for /js/assessment-charts.js, as JSON in data-* attributes: competencies,
 * scores and each score's scale (the chart shows percent of scale when the scales differ).
 */
public record ScoreChart(List<AssessmentScore> scores) {

    public String competenciesJson() {
        return ChartJson.write(
                scores.stream().map(AssessmentScore::getCompetency).toList());
    }

    public String scoresJson() {
        return ChartJson.write(
                ChartJson.plain(scores.stream().map(AssessmentScore::getScore).toList()));
    }

    public String scalesJson() {
        return ChartJson.write(
                ChartJson.plain(scores.stream().map(AssessmentScore::getScale).toList()));
    }

    /** For screen readers: the chart's content in words. */
    public String description() {
        StringBuilder text = new StringBuilder("Scores: ");
        for (int i = 0; i < scores.size(); i++) {
            AssessmentScore s = scores.get(i);
            text.append(i == 0 ? "" : "; ")
                    .append(s.getCompetency())
                    .append(' ')
                    .append(s.getScoreText())
                    .append(" of ")
                    .append(s.getScaleText());
        }
        return text.toString();
    }
}
