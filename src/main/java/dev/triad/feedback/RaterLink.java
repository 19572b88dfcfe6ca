package dev.triad.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rater's link as it stands when opened: usable (with the form), or why it no longer works. Says
 * whose feedback it is for and nothing of the assessment itself. {@code due} says until when, for the rater (who is
 * not signed in: the organisation's zone), with the requester's day: "Fri 4 Dec 2026, 23:59 GMT (end of day in
 * London)".
 */
public record RaterLink(
        State state,
        String clientName,
        RaterGroup group,
        LocalDate lastDay,
        String due,
        Instant draftSavedAt,
        AnswerSheet sheet) {

    public static final String PATH = "/feedback/";

    public enum State {
        VALID,
        SUBMITTED,
        CLOSED,
        EXPIRED,
        UNKNOWN
    }

    static RaterLink refused(State state) {
        return new RaterLink(state, null, null, null, null, null, null);
    }

    public boolean valid() {
        return state == State.VALID;
    }

    RaterLink with(AnswerSheet other) {
        return new RaterLink(state, clientName, group, lastDay, due, draftSavedAt, other);
    }
}
