package dev.triad.assessment.web;

import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.system.MultiLineText;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

class AssessmentForm {

    @NotNull(message = "Choose the kind of assessment")
    private AssessmentKind kind;

    @NotBlank(message = "Name the assessment, e.g. the instrument")
    @Size(max = 200, message = "Use at most 200 characters")
    @SingleLineText
    private String title;

    @NotNull(message = "Enter the date of the assessment")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate assessedOn;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String summary;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String strengths;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String developmentAreas;

    /** The version the form was filled in from, to detect someone else's edit in between. */
    private long version;

    static AssessmentForm newAssessment(LocalDate today) {
        AssessmentForm form = new AssessmentForm();
        form.assessedOn = today;
        return form;
    }

    static AssessmentForm of(Assessment assessment) {
        AssessmentForm form = new AssessmentForm();
        form.kind = assessment.getKind();
        form.title = assessment.getTitle();
        form.assessedOn = assessment.getAssessedOn();
        form.summary = assessment.getSummary();
        form.strengths = assessment.getStrengths();
        form.developmentAreas = assessment.getDevelopmentAreas();
        form.version = assessment.getVersion();
        return form;
    }

    AssessmentDetails toDetails() {
        return new AssessmentDetails(kind, title, assessedOn, summary, strengths, developmentAreas);
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public void setKind(AssessmentKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getStrengths() {
        return strengths;
    }

    public void setStrengths(String strengths) {
        this.strengths = strengths;
    }

    public String getDevelopmentAreas() {
        return developmentAreas;
    }

    public void setDevelopmentAreas(String developmentAreas) {
        this.developmentAreas = developmentAreas;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
