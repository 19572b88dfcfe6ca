package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementContent;

import java.util.List;

/**
 * One goal as a viewer may see it: details, progress, check-ins, the leader's input and, for client
 * and coach, its action steps.
 */
public record GoalPage(
        EngagementAccess access,
        GoalSummary summary,
        List<GoalCheckIn> checkIns,
        List<GoalLeaderInput> leaderInput,
        List<StepView> steps) {

    public Goal goal() {
        return summary.goal();
    }

    /** Client and coach: may edit, check in and see the steps. */
    public boolean mayWrite() {
        return access.may(EngagementContent.GOALS);
    }

    /** Only the engagement's leader gives input, and only on a goal shared with them. */
    public boolean mayGiveInput() {
        return access.isLeader() && goal().isShared();
    }
}
