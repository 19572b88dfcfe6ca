package dev.triad.goal;

import dev.triad.account.User;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * The leader's input on a shared goal (expected behavioural changes, measurement criteria), kept
 * as the leader's own words with who wrote it and when.
 */
@Entity
public class GoalLeaderInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long goalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User author;

    private String text;

    private Instant createdAt;

    protected GoalLeaderInput() {
    }

    GoalLeaderInput(Goal goal, User author, String text, Instant createdAt) {
        this.engagementId = goal.getEngagementId();
        this.goalId = goal.getId();
        this.author = author;
        this.text = text.strip();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGoalId() {
        return goalId;
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
