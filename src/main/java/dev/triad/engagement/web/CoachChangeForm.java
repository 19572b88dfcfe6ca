package dev.triad.engagement.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class CoachChangeForm {

    @NotBlank(message = "Tell HR why, so they can find a better fit")
    @Size(max = 2000, message = "Use at most 2000 characters")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
