package dev.triad.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of an engagement's hours ledger: hours used (positive) or given back (negative). */
@Entity
public class HoursEntry {

    /** Why hours were used. */
    public enum Kind {
        SESSION_HELD, LATE_CANCELLATION, NO_SHOW, CONSECUTIVE_CANCELLATION, ADJUSTMENT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private BigDecimal hours;

    private String note;

    private Long recordedById;

    private Instant recordedAt;

    protected HoursEntry() {
    }

    public HoursEntry(Long engagementId, Kind kind, BigDecimal hours, String note, Long recordedById, Instant recordedAt) {
        this.engagementId = engagementId;
        this.kind = kind;
        this.hours = hours;
        this.note = note;
        this.recordedById = recordedById;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Kind getKind() {
        return kind;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
