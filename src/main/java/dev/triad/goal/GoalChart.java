package dev.triad.goal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A goal's series for the chart on its page, as JSON arrays of dates and numbers only (no user
 * text), placed in data-* attributes and drawn by /js/goal-chart.js.
 */
public record GoalChart(Goal goal, List<GoalCheckIn> checkIns) {

    public String datesJson() {
        return checkIns.stream()
                .map(c -> "\"" + c.getMeasuredOn().format(DateTimeFormatter.ISO_LOCAL_DATE) + "\"")
                .collect(Collectors.joining(",", "[", "]"));
    }

    public String valuesJson() {
        return checkIns.stream().map(GoalCheckIn::getValueText).collect(Collectors.joining(",", "[", "]"));
    }

    public String baseline() {
        return goal.getMetricBaselineText();
    }

    public String target() {
        return goal.getMetricTargetText();
    }
}
