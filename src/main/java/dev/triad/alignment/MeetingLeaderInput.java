package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The leader's words in a meeting, recorded by the coach: expectations, concerns, or the answer to a prepared question
 * ("What are the client’s greatest strengths in your eyes?"). The leader is the author; the coach only wrote them down.
 */
@Entity
@Table(name = "alignment_leader_input")
public class MeetingLeaderInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private LeaderInputTopic topic;

    private String question;

    private String text;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User leader;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User recordedBy;

    private Instant recordedAt;

    protected MeetingLeaderInput() {}

    MeetingLeaderInput(
            AlignmentMeeting meeting,
            LeaderInputTopic topic,
            String question,
            String text,
            User leader,
            User recordedBy,
            Instant recordedAt) {
        meeting.requireNotCancelled("text");
        if (topic == null || topic == LeaderInputTopic.GOAL) {
            throw new IllegalArgumentException("Input on a goal is kept with the goal");
        }
        if (topic == LeaderInputTopic.ANSWER && Texts.isBlank(question)) {
            throw new RuleViolation("question", "alignment.leaderInput.question.missing");
        }
        if (Texts.isBlank(text)) {
            throw new RuleViolation("text", "alignment.leaderInput.text.missing");
        }
        this.meetingId = meeting.getId();
        this.engagementId = meeting.getEngagementId();
        this.topic = topic;
        this.question = topic == LeaderInputTopic.ANSWER ? question.strip() : null;
        this.text = text.strip();
        this.leader = leader;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public LeaderInputTopic getTopic() {
        return topic;
    }

    public String getQuestion() {
        return question;
    }

    public String getText() {
        return text;
    }

    public User getLeader() {
        return leader;
    }

    public User getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
