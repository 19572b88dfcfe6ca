package dev.triad.alignment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.LocalDate;

/**
 * How often the client of an engagement reports progress to the leader, as agreed in the latest confirmed meeting
 * outcome that names a cadence ("the client will document and report progress to the next-level leader as agreed").
 */
@Entity
public class ReportingAgreement {

    @Id
    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private ReportCadence cadence;

    private LocalDate agreedOn;

    private Long outcomeId;

    protected ReportingAgreement() {}

    ReportingAgreement(Long engagementId, ReportCadence cadence, LocalDate agreedOn, Long outcomeId) {
        this.engagementId = engagementId;
        agree(cadence, agreedOn, outcomeId);
    }

    void agree(ReportCadence cadence, LocalDate agreedOn, Long outcomeId) {
        this.cadence = cadence;
        this.agreedOn = agreedOn;
        this.outcomeId = outcomeId;
    }

    /** The next report is due one period after the last one sent, or after the agreement when none was sent since. */
    public LocalDate nextDue(LocalDate lastSentOn) {
        LocalDate from = lastSentOn == null || lastSentOn.isBefore(agreedOn) ? agreedOn : lastSentOn;
        return cadence.after(from);
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public ReportCadence getCadence() {
        return cadence;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }
}
