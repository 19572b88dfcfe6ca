package dev.triad.engagement;

import dev.triad.system.Numbers;
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
        SESSION_HELD("Session held"),
        LATE_CANCELLATION("Late cancellation"),
        NO_SHOW("No-show"),
        CONSECUTIVE_CANCELLATION("Cancellations in a row"),
        ADJUSTMENT("Adjustment by HR"),
        /** Gives back the hours of a line whose session's outcome the coach corrected; that line stays. */
        CORRECTION("Correction");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
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

    /** The session that caused this line, if one did. */
    private Long sessionId;

    private Instant recordedAt;

    /** For a correction: the line it reverses. */
    private Long reversesId;

    protected HoursEntry() {}

    HoursEntry(
            Long engagementId,
            Kind kind,
            BigDecimal hours,
            String note,
            Long recordedById,
            Instant recordedAt,
            Long sessionId) {
        this.sessionId = sessionId;
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

    public Long getRecordedById() {
        return recordedById;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String hoursText() {
        return Numbers.plain(hours);
    }

    /** The line undoing {@code this}: the opposite hours, on the same session, saying why. */
    HoursEntry reversal(String note, Long byId, Instant at) {
        HoursEntry reversal = new HoursEntry(engagementId, Kind.CORRECTION, hours.negate(), note, byId, at, sessionId);
        reversal.reversesId = id;
        return reversal;
    }

    public Long getReversesId() {
        return reversesId;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
