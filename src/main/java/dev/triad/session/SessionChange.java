package dev.triad.session;

import dev.triad.engagement.Participation;

/** What is done to a session, and by whom: what {@link CancellationPolicy#decide} judges. */
public enum SessionChange {
    HOLD(Participation.COACH),
    NO_SHOW(Participation.COACH),
    CANCEL_BY_CLIENT(Participation.CLIENT),
    CANCEL_BY_COACH(Participation.COACH),
    MOVE_BY_CLIENT(Participation.CLIENT),
    MOVE_BY_COACH(Participation.COACH),
    /** Corrections the coach makes to an outcome already recorded (issue 16). */
    CORRECT_TO_HELD(Participation.COACH),
    CORRECT_TO_NO_SHOW(Participation.COACH),
    CORRECT_TO_NOT_HELD(Participation.COACH);

    private final Participation by;

    SessionChange(Participation by) {
        this.by = by;
    }

    public Participation by() {
        return by;
    }

    static SessionChange cancelBy(Participation by) {
        return by == Participation.CLIENT ? CANCEL_BY_CLIENT : CANCEL_BY_COACH;
    }

    static SessionChange moveBy(Participation by) {
        return by == Participation.CLIENT ? MOVE_BY_CLIENT : MOVE_BY_COACH;
    }
}
