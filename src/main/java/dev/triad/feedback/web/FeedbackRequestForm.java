package dev.triad.feedback.web;

import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

class FeedbackRequestForm {

    @NotBlank(message = "Name the request, e.g. “360 feedback, spring”")
    @Size(max = 200, message = "Use at most 200 characters")
    @SingleLineText
    private String title = "360 feedback";

    @NotNull(message = "Choose one of the question sets")
    private Long questionSetId;

    @NotNull(message = "Enter the last day raters can answer")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    NewFeedbackRequest toRequest() {
        return new NewFeedbackRequest(title, questionSetId, lastDay);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getQuestionSetId() {
        return questionSetId;
    }

    public void setQuestionSetId(Long questionSetId) {
        this.questionSetId = questionSetId;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }
}
