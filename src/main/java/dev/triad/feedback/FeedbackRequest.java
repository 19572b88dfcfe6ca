package dev.triad.feedback;

import dev.triad.assessment.Assessment;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A request for 360 feedback on the client. Its results belong to an assessment of kind 360 review, so
 * that they are shared, withdrawn and logged like any assessment. It is open until its closing time or
 * until the client closes it early; only then are answers shown, so that nobody can tell from results
 * changing who has just answered what.
 */
@Entity
public class FeedbackRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long assessmentId;

    private String questionSetName;

    private Instant closesAt;

    /** The requester's zone, in which the last day ends; null: the organisation's default. */
    private String deadlineZone;

    private Instant closedAt;

    private Long closedById;

    private Long createdById;

    private Instant createdAt;

    @Version
    private long version;

    protected FeedbackRequest() {}

    FeedbackRequest(
            Assessment assessment,
            String questionSetName,
            Instant closesAt,
            ZoneId deadlineZone,
            Long createdById,
            Instant now) {
        if (!closesAt.isAfter(now)) {
            throw new RuleViolation("lastDay", "assessment.feedback.lastDay.notAfterToday");
        }
        this.engagementId = assessment.getEngagementId();
        this.assessmentId = assessment.getId();
        this.questionSetName = questionSetName;
        this.closesAt = closesAt;
        this.deadlineZone = deadlineZone == null ? null : deadlineZone.getId();
        this.createdById = createdById;
        this.createdAt = now;
    }

    /** The end of the last day in the requester's zone ({@code organisation} for a request from before zones). */
    public Deadline deadline(ZoneId organisation) {
        return new Deadline(closesAt, deadlineZone == null ? organisation : ZoneId.of(deadlineZone));
    }

    /** Answers are taken until then, and not after: closed early by the client, or its closing time passed. */
    public boolean isOpen(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    public boolean isClosedEarly() {
        return closedAt != null;
    }

    /** When answering stopped (or will stop). */
    public Instant getEndedAt() {
        return closedAt != null ? closedAt : closesAt;
    }

    void close(Long byId, Instant now) {
        if (!isOpen(now)) {
            throw new RuleViolation("close", "assessment.feedback.closed.already");
        }
        this.closedAt = now;
        this.closedById = byId;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getQuestionSetName() {
        return questionSetName;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
