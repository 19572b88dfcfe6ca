package dev.triad.goal;

/** The leader's input on a shared goal, recorded in an alignment meeting, with the goal it is about. */
public record MeetingGoalInput(GoalLeaderInput input, Goal goal) {}
