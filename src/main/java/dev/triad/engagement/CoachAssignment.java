package dev.triad.engagement;

import dev.triad.account.User;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** One period of a coach on an engagement; the history of an engagement's coaches is kept. */
@Entity
public class CoachAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Engagement engagement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User coach;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User assignedBy;

    private Instant assignedAt;

    private Instant endedAt;

    private String reason;

    private boolean overCapacity;

    protected CoachAssignment() {}

    CoachAssignment(
            Engagement engagement,
            User coach,
            User assignedBy,
            Instant assignedAt,
            String reason,
            boolean overCapacity) {
        this.engagement = engagement;
        this.coach = coach;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
        this.reason = Texts.clean(reason);
        this.overCapacity = overCapacity;
    }

    void end(Instant at) {
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public User getCoach() {
        return coach;
    }

    public User getAssignedBy() {
        return assignedBy;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getReason() {
        return reason;
    }

    public boolean isOverCapacity() {
        return overCapacity;
    }
}
