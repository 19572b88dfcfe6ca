package dev.triad.alignment.web;

import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.Size;

/** The objectives the client prepares for the meeting. */
class ObjectivesForm {

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String objectives;

    /** The meeting's version when the page was opened. */
    private Long version;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }
}
