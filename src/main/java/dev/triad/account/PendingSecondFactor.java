package dev.triad.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * Kept in the HTTP session between a right password and the second step of signing in ({@link SecondFactorSignIn}):
 * who gave the password, and until when the code may follow. It is not a sign-in: while it is all the session holds,
 * no page behind the sign-in opens.
 */
public record PendingSecondFactor(Long userId, String email, Instant until) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    boolean isOverAt(Instant now) {
        return !now.isBefore(until);
    }
}
