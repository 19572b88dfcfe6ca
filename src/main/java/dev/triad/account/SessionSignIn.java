package dev.triad.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Who signed in to an HTTP session, from what and when: kept in the session itself (an attribute, so in PostgreSQL
 * with it), written once per session and person by {@link SignInRecorder}, read by {@link SignedInSessions} for the
 * person's list of sessions. Plain values only, so that a session written by one version of Triad reads in the next.
 */
record SessionSignIn(Long userId, String device, String address, Instant at) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The session attribute's name. */
    static final String ATTRIBUTE = "dev.triad.account.SessionSignIn";
}
