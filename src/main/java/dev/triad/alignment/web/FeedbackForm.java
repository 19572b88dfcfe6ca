package dev.triad.alignment.web;

import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The leader's feedback, optionally about a shared goal. */
class FeedbackForm {

    private Long goalId;

    @NotBlank(message = "Write your feedback")
    @Size(max = 2000, message = "Use at most 2000 characters")
    @MultiLineText
    private String text;

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
