package dev.triad.goal.web;

import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class NoteForm {

    @NotBlank(message = "Write what moved")
    @Size(max = 1000, message = "Use at most 1000 characters")
    @MultiLineText
    private String text;

    /** Where the step was shown: "goal" (its goal's page) or the action plan. */
    private String back;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getBack() {
        return back;
    }

    public void setBack(String back) {
        this.back = back;
    }
}
