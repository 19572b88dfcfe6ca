package dev.triad.engagement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class AssignCoachForm {

    @NotNull(message = "Choose a coach")
    private Long coachId;

    private boolean overrideCapacity;

    @Size(max = 1000, message = "Use at most 1000 characters")
    private String reason;

    public Long getCoachId() {
        return coachId;
    }

    public void setCoachId(Long coachId) {
        this.coachId = coachId;
    }

    public boolean isOverrideCapacity() {
        return overrideCapacity;
    }

    public void setOverrideCapacity(boolean overrideCapacity) {
        this.overrideCapacity = overrideCapacity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
