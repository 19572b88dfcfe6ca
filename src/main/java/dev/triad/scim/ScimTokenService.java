package dev.triad.scim;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The bearer tokens of provisioning clients: issued by HR (32 random bytes, URL-safe Base64, shown once; only their
 * SHA-256 is kept), revoked by HR, and checked on every SCIM request. Every issue, revocation and refused request is
 * in the audit log; no token ever is.
 */
@Service
public class ScimTokenService {

    /** How often a token's "last used" is written: not on every request of a provisioning run. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private static final int MAX_PRESENTED_LENGTH = 200;

    private final ScimTokens tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ScimTokenService(ScimTokens tokens, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just made, and its secret: the only time anyone sees it. */
    public record Issued(ScimToken token, String secret) {}

    /**
     * Makes a token named {@code name} for {@code createdBy}.
     *
     * @throws RuleViolation (field {@code name}) when a token in use already has this name: the audit log tells
     *     tokens apart by their names
     */
    @Transactional
    public Issued issue(String name, String createdBy) {
        if (tokens.existsByNameIgnoreCaseAndRevokedAtIsNull(name.strip())) {
            throw new RuleViolation("name", "scim.token.nameTaken");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ScimToken saved = tokens.save(new ScimToken(name, hash(token), createdBy, clock.instant()));
        audit.record(AuditKind.SCIM_TOKEN_CREATED, createdBy, "SCIM token " + saved.getId(), saved.getName());
        return new Issued(saved, token);
    }

    /** Revokes a token: from now on every request with it is refused. Revoking a revoked token changes nothing. */
    @Transactional
    public void revoke(Long tokenId, String revokedBy) {
        ScimToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("SCIM token"));
        if (!token.isRevoked()) {
            token.revoke(clock.instant());
            audit.record(AuditKind.SCIM_TOKEN_REVOKED, revokedBy, "SCIM token " + token.getId(), token.getName());
        }
    }

    /** Every token, those in use first. */
    @Transactional(readOnly = true)
    public List<ScimToken> all() {
        return tokens.findAllByOrderByRevokedAtDescCreatedAtDesc();
    }

    /**
     * The token an {@code Authorization} header presents, if it is one in use; its last use is noted. A missing,
     * malformed, unknown or revoked token is refused, and the refusal audited with the client's address (never with
     * what it sent).
     */
    @Transactional
    public Optional<ScimToken> check(String authorization, String address) {
        String presented = bearer(authorization);
        if (presented == null) {
            refuse(authorization == null ? "no bearer token" : "not a bearer token", address);
            return Optional.empty();
        }
        Optional<ScimToken> found = tokens.findByTokenHash(hash(presented));
        if (found.isEmpty()) {
            refuse("unknown token", address);
            return Optional.empty();
        }
        ScimToken token = found.get();
        if (token.isRevoked()) {
            refuse("revoked token \"" + token.getName() + "\"", address);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            tokens.markUsed(token.getId(), now);
        }
        return found;
    }

    private void refuse(String why, String address) {
        audit.recordFrom(AuditKind.SCIM_REFUSED, null, "SCIM", why, address);
    }

    /** The token of "Bearer <token>" (the scheme in any case), or null. */
    static String bearer(String authorization) {
        if (authorization == null || authorization.length() > MAX_PRESENTED_LENGTH) {
            return null;
        }
        String[] parts = authorization.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer") || !parts[1].matches("[A-Za-z0-9_\\-.~+/]+=*")) {
            return null;
        }
        return parts[1];
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
