package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;

import java.util.List;

/** What the step form needs: the engagement, the step being edited (null for a new one), the goals to choose from. */
public record StepEditor(EngagementAccess access, ActionStep step, List<Goal> goals) {}
