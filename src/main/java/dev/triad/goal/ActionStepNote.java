package dev.triad.goal;

import dev.triad.account.User;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/** A dated progress note on an action step: what moved, who wrote it, when. */
@Entity
public class ActionStepNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long stepId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User author;

    private String text;

    private Instant createdAt;

    protected ActionStepNote() {}

    ActionStepNote(ActionStep step, User author, String text, Instant createdAt) {
        this.engagementId = step.getEngagementId();
        this.stepId = step.getId();
        this.author = author;
        this.text = text.strip();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getStepId() {
        return stepId;
    }

    public User getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
