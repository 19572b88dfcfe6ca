package dev.triad.security;

import dev.triad.account.User;
import dev.triad.support.Fixtures.Triad;

/** Who, in one engagement, makes a request: one of its triad, or an HR administrator. */
enum Actor {
    CLIENT,
    COACH,
    LEADER,
    HR;

    /** This actor in engagement {@code t}, with {@code hr} standing for HR. */
    User in(Triad t, User hr) {
        return switch (this) {
            case CLIENT -> t.client();
            case COACH -> t.coach();
            case LEADER -> t.leader();
            case HR -> hr;
        };
    }
}
