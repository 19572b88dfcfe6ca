package dev.triad.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A person's authenticator app (their second factor): the TOTP secret it shares with Triad, and the last time step a
 * code of it was accepted for, so that no code is accepted twice. At most one per person; replacing the device
 * replaces the row.
 */
@Entity
@Table(name = "totp_authenticator")
class Authenticator {

    @Id
    private Long userId;

    /** Base32, as the app was given it. Not encrypted at rest yet (issue 25). */
    private String secret;

    private Instant enrolledAt;

    private long lastUsedStep;

    protected Authenticator() {}

    Authenticator(Long userId, String secret, Instant enrolledAt, long confirmedStep) {
        this.userId = userId;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = confirmedStep;
    }

    Long getUserId() {
        return userId;
    }

    byte[] secretBytes() {
        return NewAuthenticator.decode(secret);
    }

    Instant getEnrolledAt() {
        return enrolledAt;
    }

    long getLastUsedStep() {
        return lastUsedStep;
    }

    @Override
    public String toString() {
        return "Authenticator[" + userId + "]";
    }
}
