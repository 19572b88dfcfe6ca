package dev.triad.goal;

import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A piece of the client's fieldwork: agreed in a session (or written by client or coach), owned by
 * the client, serving one goal or the engagement as a whole, with a due date, a status and a log
 * of progress notes.
 */
@Entity
public class ActionStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    /** The goal the step serves; null for a step that serves the engagement as a whole. */
    private Long goalId;

    /** The coaching session whose commitments created the step, if any. */
    private Long sessionId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User owner;

    private String description;

    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ActionStepStatus status;

    private Instant completedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected ActionStep() {}

    /** A new open step for the engagement's client. */
    ActionStep(
            Long engagementId,
            Long goalId,
            Long sessionId,
            User owner,
            String description,
            LocalDate dueOn,
            User createdBy,
            Instant createdAt) {
        this.engagementId = engagementId;
        this.sessionId = sessionId;
        this.owner = owner;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = ActionStepStatus.OPEN;
        describe(description, dueOn, goalId);
    }

    void describe(String description, LocalDate dueOn, Long goalId) {
        if (description == null || description.isBlank()) {
            throw new RuleViolation("description", "goal.step.description.missing");
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "goal.step.dueOn.missing");
        }
        this.description = description.strip();
        this.dueOn = dueOn;
        this.goalId = goalId;
    }

    void changeStatus(ActionStepStatus newStatus, Instant at) {
        if (newStatus == status) {
            return;
        }
        this.status = newStatus;
        this.completedAt = newStatus == ActionStepStatus.DONE ? at : null;
    }

    ActionStepNote addNote(String text, User author, Instant at) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "goal.step.note.missing");
        }
        return new ActionStepNote(this, author, text, at);
    }

    /** Open and due before {@code today}: the step is late. A step due today is not overdue yet. */
    public boolean isOverdueOn(LocalDate today) {
        return status == ActionStepStatus.OPEN && dueOn.isBefore(today);
    }

    public boolean isOpen() {
        return status == ActionStepStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ActionStepStatus getStatus() {
        return status;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
