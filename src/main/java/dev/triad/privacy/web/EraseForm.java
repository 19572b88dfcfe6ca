package dev.triad.privacy.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR's confirmation of an erasure: the reason goes into the audit log (say why, never what the engagement held). */
class EraseForm {

    @NotBlank(message = "Say why you erase it (for example, “Retention schedule”)")
    @Size(max = 300, message = "At most 300 characters")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
