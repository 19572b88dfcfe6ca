package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

import java.time.Instant;

/**
 * The leader's feedback to the client: "specific, straightforward, first-hand", at any time, optionally about a goal the
 * client shares with the leader. The client and the coach read it; HR does not.
 */
@Entity
public class LeaderFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User author;

    private Long goalId;

    private String text;

    private Instant createdAt;

    protected LeaderFeedback() {}

    LeaderFeedback(Long engagementId, User author, Long goalId, String text, Instant createdAt) {
        if (Texts.isBlank(text)) {
            throw new RuleViolation("text", "alignment.leaderFeedback.text.missing");
        }
        this.engagementId = engagementId;
        this.author = author;
        this.goalId = goalId;
        this.text = text.strip();
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public User getAuthor() {
        return author;
    }

    public Long getGoalId() {
        return goalId;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
