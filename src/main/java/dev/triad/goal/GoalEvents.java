package dev.triad.goal;

/**
 * What happens to goals that someone else should hear of, for notifications to act on; published inside the
 * transaction that makes the change. None carries what a goal or the leader's input says.
 */
public final class GoalEvents {

    private GoalEvents() {}

    /** A goal became visible to the leader (written shared, or shared later). */
    public record GoalShared(Long engagementId, Long goalId) {}

    /** A goal the leader saw is private again. */
    public record GoalWithdrawn(Long engagementId, Long goalId) {}

    /** The leader gave input on a shared goal. */
    public record LeaderInputGiven(Long engagementId, Long goalId, Long inputId) {}
}
