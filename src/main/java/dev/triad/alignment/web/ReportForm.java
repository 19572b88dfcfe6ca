package dev.triad.alignment.web;

import dev.triad.alignment.ProgressReport;
import dev.triad.alignment.ReportText;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.Size;

/** A progress report's four parts; "Save draft" keeps it, "Send to my leader" sends it. */
class ReportForm {

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String committed;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String done;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String observed;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String nextSteps;

    private long version;

    private String action;

    static ReportForm of(ProgressReport report) {
        ReportForm form = new ReportForm();
        form.committed = report.getCommitted();
        form.done = report.getDone();
        form.observed = report.getObserved();
        form.nextSteps = report.getNextSteps();
        form.version = report.getVersion();
        return form;
    }

    ReportText toText() {
        return new ReportText(committed, done, observed, nextSteps);
    }

    boolean sending() {
        return "send".equals(action);
    }

    public String getCommitted() {
        return committed;
    }

    public void setCommitted(String committed) {
        this.committed = committed;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getObserved() {
        return observed;
    }

    public void setObserved(String observed) {
        this.observed = observed;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }
}
