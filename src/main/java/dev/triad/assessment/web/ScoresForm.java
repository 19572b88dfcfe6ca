package dev.triad.assessment.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

class ScoresForm {

    @Size(max = 8000, message = "Use at most 8000 characters")
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
    private String scores;

    ScoresForm() {
    }

    ScoresForm(String scores) {
        this.scores = scores;
    }

    public String getScores() { return scores; }
    public void setScores(String scores) { this.scores = scores; }
}
