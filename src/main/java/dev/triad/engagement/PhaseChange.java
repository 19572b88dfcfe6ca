package dev.triad.engagement;

import dev.triad.account.User;
import dev.triad.engagement.PhaseMoved.Closure;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** One move of an engagement from a phase to another: who moved it, in which part, when and why. Kept for ever. */
@Entity
public class PhaseChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private Phase fromPhase;

    @Enumerated(EnumType.STRING)
    private Phase toPhase;

    @Enumerated(EnumType.STRING)
    private Closure closure;

    private String reason;

    /** Phases passed over by this move, e.g. "ASSESSMENT" or "ASSESSMENT,ALIGNMENT"; null when none. */
    private String skipped;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User movedBy;

    @Enumerated(EnumType.STRING)
    private Participation movedByRole;

    private Instant movedAt;

    protected PhaseChange() {}

    PhaseChange(
            Long engagementId,
            Phase from,
            Phase to,
            Closure closure,
            String reason,
            String skipped,
            User movedBy,
            Participation movedByRole,
            Instant movedAt) {
        this.engagementId = engagementId;
        this.fromPhase = from;
        this.toPhase = to;
        this.closure = closure;
        this.reason = reason;
        this.skipped = skipped;
        this.movedBy = movedBy;
        this.movedByRole = movedByRole;
        this.movedAt = movedAt;
    }

    public boolean isSkip() {
        return skipped != null;
    }

    /** "Assessment, Alignment" for the phases this move passed over; empty when none. */
    public String skippedLabels() {
        if (skipped == null) {
            return "";
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(skipped.split(","))
                        .map(p -> Phase.valueOf(p).label())
                        .toList());
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Phase getFromPhase() {
        return fromPhase;
    }

    public Phase getToPhase() {
        return toPhase;
    }

    public Closure getClosure() {
        return closure;
    }

    public String getReason() {
        return reason;
    }

    public String getSkipped() {
        return skipped;
    }

    public User getMovedBy() {
        return movedBy;
    }

    public Participation getMovedByRole() {
        return movedByRole;
    }

    public Instant getMovedAt() {
        return movedAt;
    }
}
