package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementContent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The action plan page: goals, progress and steps of one engagement, in a fixed number of queries. */
@Service
public class ActionPlanService {

    /** Open steps first (soonest due first), then done and dropped ones. */
    private static final Comparator<StepView> PLAN_ORDER = Comparator.comparing(
                    (StepView v) -> !v.step().isOpen())
            .thenComparing(v -> v.step().getDueOn())
            .thenComparing(v -> v.step().getId());

    private final Goals goals;
    private final ActionSteps steps;
    private final ActionStepNotes notes;
    private final GoalService goalService;
    private final EngagementAccessPolicy policy;
    private final Clock clock;

    ActionPlanService(
            Goals goals,
            ActionSteps steps,
            ActionStepNotes notes,
            GoalService goalService,
            EngagementAccessPolicy policy,
            Clock clock) {
        this.goals = goals;
        this.steps = steps;
        this.notes = notes;
        this.goalService = goalService;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Every goal that is not dropped, with its progress and its steps, then the steps that serve no
     * goal. Steps of dropped goals stay on those goals' pages.
     */
    @Transactional(readOnly = true)
    public ActionPlan plan(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ACTION_STEPS);
        LocalDate today = ClientDays.today(access.engagement(), clock);
        Map<Long, GoalCheckIn> latest = goalService.latestPerGoal(engagementId);
        List<StepView> stepViews = StepView.of(steps.allOf(engagementId), notes.allOf(engagementId), today);
        Map<Long, List<StepView>> byGoal = new LinkedHashMap<>();
        List<StepView> other = new ArrayList<>();
        for (StepView view : stepViews) {
            Long goalId = view.step().getGoalId();
            if (goalId == null) {
                other.add(view);
            } else {
                byGoal.computeIfAbsent(goalId, id -> new ArrayList<>()).add(view);
            }
        }
        List<ActionPlan.PlanGoal> planGoals = goals.allOf(engagementId).stream()
                .filter(g -> g.getStatus() != GoalStatus.DROPPED)
                .map(g -> new ActionPlan.PlanGoal(
                        new GoalSummary(g, latest.get(g.getId())),
                        byGoal.getOrDefault(g.getId(), List.of()).stream()
                                .sorted(PLAN_ORDER)
                                .toList()))
                .toList();
        return new ActionPlan(
                access, planGoals, other.stream().sorted(PLAN_ORDER).toList(), today);
    }

    /**
     * The plan's count of open and overdue steps, for the htmx answer to a step changed on the plan: counted from the
     * plan itself, so it says what the plan would say if reloaded.
     */
    @Transactional(readOnly = true)
    public ActionPlan.StepCounts counts(Long engagementId, CurrentUser viewer) {
        return plan(engagementId, viewer).counts();
    }
}
