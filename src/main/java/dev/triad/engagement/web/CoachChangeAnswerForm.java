package dev.triad.engagement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR's answer to a client whose coach stays. */
class CoachChangeAnswerForm {

    @NotBlank(message = "Tell the client why the coach stays")
    @Size(max = 2000, message = "Use at most 2000 characters")
    private String answer;

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
