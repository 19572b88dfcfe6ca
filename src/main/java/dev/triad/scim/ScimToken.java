package dev.triad.scim;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A bearer token HR issued to a provisioning client: its name, who made it, when it was last used, if revoked. */
@Entity
@Table(name = "scim_token")
public class ScimToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** SHA-256 of the token, hex; the token itself is shown once and kept nowhere. */
    private String tokenHash;

    private String createdBy;

    private Instant createdAt;

    private Instant lastUsedAt;

    private Instant revokedAt;

    @Version
    private long version;

    protected ScimToken() {}

    ScimToken(String name, String tokenHash, String createdBy, Instant createdAt) {
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    /** How the audit log names whoever uses this token. */
    public String actor() {
        return "SCIM token " + name;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
