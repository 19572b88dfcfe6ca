package dev.triad.goal.web;

import dev.triad.goal.ActionStep;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

class StepForm {

    @NotBlank(message = "Describe the step")
    @Size(max = 500, message = "Use at most 500 characters")
    @MultiLineText
    private String description;

    @NotNull(message = "Enter the due date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    /** The goal the step serves; empty for the engagement as a whole. */
    private Long goalId;

    private long version;

    /** Where to go after saving: "goal" (the goal's page) or the action plan. */
    private String back;

    @AssertTrue(message = "Use a date between the years 2000 and 2100")
    public boolean isPlausibleDueOn() {
        return dueOn == null || (dueOn.getYear() >= 2000 && dueOn.getYear() <= 2100);
    }

    static StepForm of(ActionStep step) {
        StepForm form = new StepForm();
        form.description = step.getDescription();
        form.dueOn = step.getDueOn();
        form.goalId = step.getGoalId();
        form.version = step.getVersion();
        return form;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
