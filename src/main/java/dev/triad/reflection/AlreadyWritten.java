package dev.triad.reflection;

import dev.triad.system.RuleViolation;

/** The client already has a reflection for that week: the page offers to open it instead. */
public class AlreadyWritten extends RuleViolation {
    private static final long serialVersionUID = 1L;

    private final Long existingId;

    AlreadyWritten(Long existingId, String weekPhrase) {
        super("week", "reflection.week.alreadyWritten", weekPhrase);
        this.existingId = existingId;
    }

    /** The reflection already written for that week (null when only the database noticed). */
    public Long existingId() {
        return existingId;
    }
}
