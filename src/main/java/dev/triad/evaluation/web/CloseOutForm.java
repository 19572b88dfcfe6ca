package dev.triad.evaluation.web;

import dev.triad.evaluation.CloseOutService.Answers;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class CloseOutForm {

    @NotNull(message = "Choose how satisfied you are")
    @Min(value = 1, message = "Choose an answer from 1 to 5")
    @Max(value = 5, message = "Choose an answer from 1 to 5")
    private Integer satisfaction;

    @NotNull(message = "Choose how far the goals were achieved")
    @Min(value = 1, message = "Choose an answer from 1 to 5")
    @Max(value = 5, message = "Choose an answer from 1 to 5")
    private Integer goalsAchieved;

    @NotNull(message = "Choose how much change in behaviour you observed")
    @Min(value = 1, message = "Choose an answer from 1 to 5")
    @Max(value = 5, message = "Choose an answer from 1 to 5")
    private Integer behaviourChange;

    @NotNull(message = "Choose how likely you are to recommend this coaching, from 0 to 10")
    @Min(value = 0, message = "Choose from 0 to 10")
    @Max(value = 10, message = "Choose from 0 to 10")
    private Integer wouldRecommend;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String comments;

    Answers toAnswers() {
        return new Answers(satisfaction, goalsAchieved, behaviourChange, wouldRecommend, comments);
    }

    public Integer getSatisfaction() {
        return satisfaction;
    }

    public void setSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    public Integer getGoalsAchieved() {
        return goalsAchieved;
    }

    public void setGoalsAchieved(Integer goalsAchieved) {
        this.goalsAchieved = goalsAchieved;
    }

    public Integer getBehaviourChange() {
        return behaviourChange;
    }

    public void setBehaviourChange(Integer behaviourChange) {
        this.behaviourChange = behaviourChange;
    }

    public Integer getWouldRecommend() {
        return wouldRecommend;
    }

    public void setWouldRecommend(Integer wouldRecommend) {
        this.wouldRecommend = wouldRecommend;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
