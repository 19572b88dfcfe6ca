package dev.triad.evaluation.web;

import dev.triad.evaluation.ReferralKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class ReferralForm {

    @NotNull(message = "Choose HR or the employee assistance programme")
    private ReferralKind kind;

    @NotBlank(message = "Write a note for the client: why, and what to do next")
    @Size(max = 2000, message = "Use at most 2000 characters")
    private String note;

    public ReferralKind getKind() {
        return kind;
    }

    public void setKind(ReferralKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
