package dev.triad.alignment;

import dev.triad.engagement.Participation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** The client, the coach or the leader confirmed one outcome version: their name as it was then, and when. */
@Entity
@Table(name = "alignment_confirmation")
public class OutcomeConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "outcome_id")
    private AlignmentOutcome outcome;

    @Enumerated(EnumType.STRING)
    private Participation participation;

    private Long userId;

    private String userName;

    private Instant confirmedAt;

    protected OutcomeConfirmation() {}

    OutcomeConfirmation(
            AlignmentOutcome outcome, Participation participation, Long userId, String userName, Instant confirmedAt) {
        this.outcome = outcome;
        this.participation = participation;
        this.userId = userId;
        this.userName = userName;
        this.confirmedAt = confirmedAt;
    }

    public Long getId() {
        return id;
    }

    public Participation getParticipation() {
        return participation;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}
