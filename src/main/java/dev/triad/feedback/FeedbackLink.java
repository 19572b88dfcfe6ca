package dev.triad.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A rater's link. The raw token (32 random bytes, URL-safe Base64) exists only in the email sent to the
 * rater; the database keeps its SHA-256, so a copy of the database holds no working link. A link
 * works while its rater has not submitted and the request is open.
 */
@Entity
class FeedbackLink {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** 32 bytes in URL-safe Base64 are 43 characters; anything else cannot be ours. */
    static final Pattern TOKEN_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long raterId;

    private String tokenHash;

    private Instant createdAt;

    protected FeedbackLink() {}

    private FeedbackLink(Long raterId, String tokenHash, Instant createdAt) {
        this.raterId = raterId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new link and the raw token to put in the email. */
    record Issued(FeedbackLink link, String raw) {}

    static Issued issue(Long raterId, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new FeedbackLink(raterId, hash(raw), now), raw);
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

    Long getId() {
        return id;
    }

    Long getRaterId() {
        return raterId;
    }
}
