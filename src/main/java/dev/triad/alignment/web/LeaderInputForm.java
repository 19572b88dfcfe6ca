package dev.triad.alignment.web;

import dev.triad.alignment.AlignmentService.LeaderWords;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.system.MultiLineText;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The leader's words as the coach writes them down in the meeting. */
class LeaderInputForm {

    @NotNull(message = "Choose what the leader’s words are about")
    private LeaderInputTopic topic;

    @Size(max = 300, message = "Use at most 300 characters")
    @SingleLineText
    private String question;

    private Long goalId;

    @NotBlank(message = "Write what the leader said")
    @Size(max = 2000, message = "Use at most 2000 characters")
    @MultiLineText
    private String text;

    @AssertTrue(message = "Write the question the leader answered")
    public boolean isQuestionGivenForAnAnswer() {
        return topic != LeaderInputTopic.ANSWER || question != null && !question.isBlank();
    }

    @AssertTrue(message = "Choose the goal the leader spoke about")
    public boolean isGoalChosenForGoalInput() {
        return topic != LeaderInputTopic.GOAL || goalId != null;
    }

    LeaderWords toWords() {
        return new LeaderWords(topic, question, goalId, text);
    }

    public LeaderInputTopic getTopic() {
        return topic;
    }

    public void setTopic(LeaderInputTopic topic) {
        this.topic = topic;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

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
