package dev.triad.account;

/**
 * What the person is told by mail when their second factor changes ({@link SecondFactorChanged} is what ends their
 * other sessions; this one says what happened, for the security notice).
 */
public record SecondFactorNotice(Long userId, Change change) {

    public enum Change {
        /** The person set up an authenticator app. */
        ENROLLED,
        /** The person moved to another device (and got new recovery codes). */
        REPLACED,
        /** The person turned it off. */
        TURNED_OFF,
        /** HR reset it: the person signs in with the password alone until they set up a new one. */
        RESET_BY_HR
    }
}
