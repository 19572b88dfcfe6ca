package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;

/** What the correction and the deletion of a check-in show: the engagement, the goal and the check-in as stored. */
public record CheckInEditor(EngagementAccess access, Goal goal, GoalCheckIn checkIn) {}
