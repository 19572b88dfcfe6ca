package dev.triad.evaluation;

import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The coach refers the client to HR or to the employee assistance programme, with a note. Confidential: the
 * coach and the client read it, nobody else — a referral "to HR" says where the client should turn, it does
 * not tell HR anything.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private ReferralKind kind;

    private String note;

    private Long recordedById;

    private Instant recordedAt;

    protected Referral() {}

    Referral(Long engagementId, ReferralKind kind, String note, Long recordedById, Instant recordedAt) {
        if (kind == null) {
            throw new RuleViolation("kind", "evaluation.referral.kind.missing");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "evaluation.referral.note.missing");
        }
        this.engagementId = engagementId;
        this.kind = kind;
        this.note = note.strip();
        this.recordedById = recordedById;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public ReferralKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
