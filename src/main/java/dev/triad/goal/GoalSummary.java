package dev.triad.goal;

import java.math.BigDecimal;

/** A goal with its latest check-in (or none), and the progress that makes. */
public record GoalSummary(Goal goal, GoalCheckIn latest) {

    public BigDecimal latestValue() {
        return latest == null ? null : latest.getValue();
    }

    /** Whole percent from baseline to target; null without a metric or a check-in. */
    public Integer progress() {
        return goal.progressPercent(latestValue());
    }

    public int progressStep() {
        return goal.progressStep(latestValue());
    }
}
