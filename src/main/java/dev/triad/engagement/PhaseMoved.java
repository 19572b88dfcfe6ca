package dev.triad.engagement;

import java.time.Instant;

/**
 * An engagement moved from one phase to another, published inside the transaction that moves it, so
 * listeners (close-out surveys, notifications, the timeline) commit or roll back with the move.
 * {@code closure} says how a move to {@link Phase#CLOSED} ended the coaching; it is null for other moves.
 */
public record PhaseMoved(Long engagementId, Phase from, Phase to, Closure closure, Long movedById, Instant at) {

    /** How an engagement ended: its goals worked through, or stopped before that. */
    public enum Closure {
        COMPLETED("Completed"),
        TERMINATED("Terminated");

        private final String label;

        Closure(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
