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
 * as the leader's own words with who wrote it and when. The author is always the leader; when the
 * coach wrote the words down in an alignment meeting, {@code recordedBy} is the coach and
 * {@code alignmentMeetingId} the meeting.
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

    @ManyToOne(fetch = FetchType.LAZY)
    private User recordedBy;

    private Long alignmentMeetingId;

    protected GoalLeaderInput() {}

    GoalLeaderInput(Goal goal, User author, String text, Instant createdAt) {
        this(goal, author, text, createdAt, null, null);
    }

    GoalLeaderInput(Goal goal, User author, String text, Instant createdAt, User recordedBy, Long alignmentMeetingId) {
        this.engagementId = goal.getEngagementId();
        this.goalId = goal.getId();
        this.author = author;
        this.text = text.strip();
        this.createdAt = createdAt;
        this.recordedBy = recordedBy;
        this.alignmentMeetingId = alignmentMeetingId;
    }

    /** Who wrote the leader's words down, when it was not the leader (the coach, in an alignment meeting); else null. */
    public User getRecordedBy() {
        return recordedBy;
    }

    public Long getAlignmentMeetingId() {
        return alignmentMeetingId;
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
