package dev.triad.account;

import java.time.Instant;

/**
 * Someone asked for a password reset link for an active account. Published inside the transaction
 * that stored the link; {@link #path()} holds the raw token, so it must only ever go to the person.
 */
public record PasswordResetRequested(Long userId, String rawToken, Instant expiresAt) {

    /** The link to open, relative to Triad's base URL. */
    public String path() {
        return AccountLinks.PASSWORD_RESET_PATH + rawToken;
    }

    @Override
    public String toString() {
        return "PasswordResetRequested[" + userId + "]";
    }
}
