package dev.triad.account;

import dev.triad.account.AccountLinks.Purpose;
import dev.triad.account.AccountLinks.State;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A single-use, expiring link that lets a person set their password. The raw token only ever
 * exists in the link sent to the person; the database keeps its SHA-256, so a copy of the
 * database does not hold working links.
 */
@Entity
@Table(name = "account_token")
class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    private String tokenHash;

    private Instant expiresAt;

    private Instant usedAt;

    private Instant createdAt;

    protected AccountToken() {}

    private AccountToken(Long userId, Purpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** A new token and the raw value to put in the link (32 random bytes, URL-safe Base64). */
    record Issued(AccountToken token, String raw) {}

    static Issued issue(Long userId, Purpose purpose, Instant now, Instant expiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(userId, purpose, hash(raw), now, expiresAt), raw);
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    State state(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
    }

    void use(Instant now) {
        if (state(now) != State.VALID) {
            throw new IllegalStateException("Only a valid link can be used");
        }
        this.usedAt = now;
    }

    /** Makes an unused link stop working (a newer one replaces it). */
    void expire(Instant now) {
        if (usedAt == null && expiresAt.isAfter(now)) {
            this.expiresAt = now;
        }
    }

    Long getUserId() {
        return userId;
    }

    Purpose getPurpose() {
        return purpose;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }
}
