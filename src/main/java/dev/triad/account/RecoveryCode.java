package dev.triad.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One of a person's single-use recovery codes: only its SHA-256 ({@link RecoveryCodeSet#hash}), and when it was used. */
@Entity
@Table(name = "recovery_code")
class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long userId;

    private String codeHash;

    private Instant createdAt;

    private Instant usedAt;

    protected RecoveryCode() {}

    RecoveryCode(Long userId, String codeHash, Instant createdAt) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }

    Instant getUsedAt() {
        return usedAt;
    }
}
