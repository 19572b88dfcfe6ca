package dev.triad.account;

import java.time.Instant;

/**
 * A person was invited to set their password (HR created them without one, or sent the invitation
 * again). Published inside the transaction that stored the link; {@link #path()} holds the raw token,
 * so it must only ever go to the person themself.
 */
public record InvitationIssued(Long userId, String rawToken, Instant expiresAt) {

    /** The link to open, relative to Triad's base URL. */
    public String path() {
        return AccountLinks.INVITATION_PATH + rawToken;
    }

    @Override
    public String toString() {
        return "InvitationIssued[" + userId + "]";
    }
}
