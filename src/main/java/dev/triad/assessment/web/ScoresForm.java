package dev.triad.assessment.web;

import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.Size;

class ScoresForm {

    @Size(max = 8000, message = "Use at most 8000 characters")
    @MultiLineText
    private String scores;

    ScoresForm() {}

    /** The assessment's version when the form was opened: a save on an older one is a stale edit. */
    private Long version;

    ScoresForm(String scores, long version) {
        this.scores = scores;
        this.version = version;
    }

    public String getScores() {
        return scores;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public void setScores(String scores) {
        this.scores = scores;
    }
}
