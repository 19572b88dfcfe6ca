package dev.triad.alignment.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The objectives the client prepares for the meeting. */
class ObjectivesForm {

    @Size(max = 4000, message = "Use at most 4000 characters")
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
    private String objectives;

    /** The meeting's version when the page was opened. */
    private Long version;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getObjectives() { return objectives; }
    public void setObjectives(String objectives) { this.objectives = objectives; }
}
