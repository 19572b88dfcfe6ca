package dev.triad.alignment.web;

import dev.triad.alignment.AlignmentOutcome;
import dev.triad.alignment.AlignmentService.SeenOutcome;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ReportCadence;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The outcome the coach writes: the goals and measures agreed, and how often the client reports to the leader. */
class OutcomeForm {

    @NotBlank(message = "Write the goals agreed")
    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String agreedGoals;

    @NotBlank(message = "Write the measures agreed: how progress will be seen")
    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String agreedMeasures;

    private ReportCadence reportCadence;

    private Long outcomeId;

    private Long outcomeVersion;

    static OutcomeForm of(AlignmentOutcome outcome) {
        OutcomeForm form = new OutcomeForm();
        form.agreedGoals = outcome.getAgreedGoals();
        form.agreedMeasures = outcome.getAgreedMeasures();
        form.reportCadence = outcome.getReportCadence();
        form.outcomeId = outcome.getId();
        form.outcomeVersion = outcome.getVersion();
        return form;
    }

    /** The outcome version the page showed (none yet: both null). */
    SeenOutcome seen() {
        return new SeenOutcome(outcomeId, outcomeVersion);
    }

    OutcomeText toText() {
        return new OutcomeText(agreedGoals, agreedMeasures, reportCadence);
    }

    public String getAgreedGoals() {
        return agreedGoals;
    }

    public void setAgreedGoals(String agreedGoals) {
        this.agreedGoals = agreedGoals;
    }

    public String getAgreedMeasures() {
        return agreedMeasures;
    }

    public void setAgreedMeasures(String agreedMeasures) {
        this.agreedMeasures = agreedMeasures;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public void setOutcomeId(Long outcomeId) {
        this.outcomeId = outcomeId;
    }

    public Long getOutcomeVersion() {
        return outcomeVersion;
    }

    public void setOutcomeVersion(Long outcomeVersion) {
        this.outcomeVersion = outcomeVersion;
    }

    public ReportCadence getReportCadence() {
        return reportCadence;
    }

    public void setReportCadence(ReportCadence reportCadence) {
        this.reportCadence = reportCadence;
    }
}
