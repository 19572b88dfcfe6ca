package dev.triad.session.web;

import dev.triad.session.SessionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The coach corrects a session's outcome: to what, and why. */
class CorrectionForm {

    @NotNull(message = "Choose the outcome it should have")
    private SessionStatus outcome;

    @NotBlank(message = "Say why the outcome is corrected")
    @Size(max = 500, message = "Keep the reason under 500 characters")
    private String reason;

    public SessionStatus getOutcome() {
        return outcome;
    }

    public void setOutcome(SessionStatus outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
