package dev.triad.goal.web;

import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class LeaderInputForm {

    @NotBlank(message = "Write your input")
    @Size(max = 2000, message = "Use at most 2000 characters")
    @MultiLineText
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
