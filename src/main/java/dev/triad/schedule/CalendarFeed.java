package dev.triad.schedule;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A person's calendar subscription address. The raw token (32 random bytes, URL-safe Base64) is shown to the person
 * once, when made; the database keeps its SHA-256. Replacing it gives a new token and forgets the old hash, so the old
 * address stops working at once.
 */
@Entity
class CalendarFeed {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe Base64 without padding are 43 characters; anything else cannot be ours. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private String tokenHash;

    private Instant createdAt;

    @Version
    private long version;

    protected CalendarFeed() {}

    /** A new raw token: 32 random bytes, URL-safe Base64; only its {@link #hash} is ever stored. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static boolean wellFormed(String raw) {
        return raw != null && TOKEN_SHAPE.matcher(raw).matches();
    }

    /** Compares the stored hash with this one in constant time. */
    boolean matches(String hash) {
        return MessageDigest.isEqual(
                tokenHash.getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII));
    }

    Long getUserId() {
        return userId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
