package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;

import java.time.LocalDate;
import java.util.List;

/**
 * The client's action plan: every goal not dropped with its progress and its steps, and the steps
 * that serve the engagement as a whole.
 */
public record ActionPlan(EngagementAccess access, List<PlanGoal> goals, List<StepView> otherSteps, LocalDate today) {

    public record PlanGoal(GoalSummary summary, List<StepView> steps) {}

    public boolean isEmpty() {
        return goals.isEmpty() && otherSteps.isEmpty();
    }

    /** How many of the plan's steps are open, and how many of those are past their due date. */
    public record StepCounts(long open, long overdue) {}

    public StepCounts counts() {
        return new StepCounts(openSteps(), overdueSteps());
    }

    public long openSteps() {
        return allSteps().filter(s -> s.step().isOpen()).count();
    }

    public long overdueSteps() {
        return allSteps().filter(StepView::overdue).count();
    }

    private java.util.stream.Stream<StepView> allSteps() {
        return java.util.stream.Stream.concat(goals.stream().flatMap(g -> g.steps().stream()), otherSteps.stream());
    }
}
