package dev.triad.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rater's link as it stands when opened: usable (with the form), or why it no longer works. Says
 * whose feedback it is for and nothing of the assessment itself.
 */
public record RaterLink(
        State state, String clientName, RaterGroup group, LocalDate lastDay, Instant draftSavedAt, AnswerSheet sheet) {

    public static final String PATH = "/feedback/";

    public enum State {
        VALID,
        SUBMITTED,
        CLOSED,
        EXPIRED,
        UNKNOWN
    }

    static RaterLink refused(State state) {
        return new RaterLink(state, null, null, null, null, null);
    }

    public boolean valid() {
        return state == State.VALID;
    }

    RaterLink with(AnswerSheet other) {
        return new RaterLink(state, clientName, group, lastDay, draftSavedAt, other);
    }
}
