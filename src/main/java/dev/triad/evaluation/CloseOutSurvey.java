package dev.triad.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * <em>An online survey will also be sent at the wrap-up of the engagement</em>: one to the client and one to the
 * leader when an engagement closes as completed. The answer lives apart ({@link CloseOutAnswer}), one per survey.
 */
@Entity
@Table(name = "close_out_survey")
public class CloseOutSurvey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long respondentId;

    @Enumerated(EnumType.STRING)
    private Respondent respondentRole;

    private Long coachId;

    private Instant sentAt;

    protected CloseOutSurvey() {}

    CloseOutSurvey(Long engagementId, Long respondentId, Respondent respondentRole, Long coachId, Instant sentAt) {
        this.engagementId = engagementId;
        this.respondentId = respondentId;
        this.respondentRole = respondentRole;
        this.coachId = coachId;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getRespondentId() {
        return respondentId;
    }

    public Respondent getRespondentRole() {
        return respondentRole;
    }

    public Long getCoachId() {
        return coachId;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
