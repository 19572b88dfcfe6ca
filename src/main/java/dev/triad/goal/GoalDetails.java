package dev.triad.goal;

import java.math.BigDecimal;

/**
 * What the client or coach writes about a goal. The metric (unit, baseline, target) is optional,
 * but all three parts or none.
 */
public record GoalDetails(
        String statement,
        String successMeasure,
        GoalCategory category,
        String metricUnit,
        BigDecimal metricBaseline,
        BigDecimal metricTarget,
        GoalStatus status,
        GoalVisibility visibility) {}
