package dev.triad.goal.web;

import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.system.MultiLineText;
import dev.triad.system.Numbers;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

class GoalForm {

    @NotBlank(message = "Write the goal")
    @Size(max = 300, message = "Use at most 300 characters")
    @SingleLineText
    private String statement;

    @NotBlank(message = "Say what success looks like")
    @Size(max = 2000, message = "Use at most 2000 characters")
    @MultiLineText
    private String successMeasure;

    @NotNull(message = "Choose a category")
    private GoalCategory category;

    @Size(max = 40, message = "Use at most 40 characters")
    @SingleLineText
    private String metricUnit;

    @Digits(integer = 12, fraction = 3, message = "Use a number with at most 12 digits and 3 decimals")
    private BigDecimal metricBaseline;

    @Digits(integer = 12, fraction = 3, message = "Use a number with at most 12 digits and 3 decimals")
    private BigDecimal metricTarget;

    @NotNull(message = "Choose a status")
    private GoalStatus status;

    @NotNull(message = "Choose who sees the goal")
    private GoalVisibility visibility;

    /** The version of the goal the form was filled in from, to detect someone else's edit in between. */
    private long version;

    /** A new goal: active, with the visibility the engagement's coaching type suggests. */
    static GoalForm newGoal(GoalVisibility defaultVisibility) {
        GoalForm form = new GoalForm();
        form.status = GoalStatus.ACTIVE;
        form.visibility = defaultVisibility;
        return form;
    }

    static GoalForm of(Goal goal) {
        GoalForm form = new GoalForm();
        form.statement = goal.getStatement();
        form.successMeasure = goal.getSuccessMeasure();
        form.category = goal.getCategory();
        form.metricUnit = goal.getMetricUnit();
        form.metricBaseline = Numbers.stripped(goal.getMetricBaseline());
        form.metricTarget = Numbers.stripped(goal.getMetricTarget());
        form.status = goal.getStatus();
        form.visibility = goal.getVisibility();
        form.version = goal.getVersion();
        return form;
    }

    GoalDetails toDetails() {
        return new GoalDetails(
                statement, successMeasure, category, metricUnit, metricBaseline, metricTarget, status, visibility);
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public void setSuccessMeasure(String successMeasure) {
        this.successMeasure = successMeasure;
    }

    public GoalCategory getCategory() {
        return category;
    }

    public void setCategory(GoalCategory category) {
        this.category = category;
    }

    public String getMetricUnit() {
        return metricUnit;
    }

    public void setMetricUnit(String metricUnit) {
        this.metricUnit = metricUnit;
    }

    public BigDecimal getMetricBaseline() {
        return metricBaseline;
    }

    public void setMetricBaseline(BigDecimal metricBaseline) {
        this.metricBaseline = metricBaseline;
    }

    public BigDecimal getMetricTarget() {
        return metricTarget;
    }

    public void setMetricTarget(BigDecimal metricTarget) {
        this.metricTarget = metricTarget;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }

    public GoalVisibility getVisibility() {
        return visibility;
    }

    public void setVisibility(GoalVisibility visibility) {
        this.visibility = visibility;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
