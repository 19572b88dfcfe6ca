package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;

/** What the goal form needs: the engagement and the goal being edited (null for a new one). */
public record GoalEditor(EngagementAccess access, Goal goal) {

    /** The visibility a new goal starts with, from the engagement's coaching type. */
    public GoalVisibility defaultVisibility() {
        return GoalVisibility.defaultFor(access.engagement().getCoachingType());
    }
}
