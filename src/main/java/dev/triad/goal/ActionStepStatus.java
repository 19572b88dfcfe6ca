package dev.triad.goal;

import java.util.Locale;
import java.util.Optional;

public enum ActionStepStatus {
    OPEN("Open"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    ActionStepStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The status named in a request ({@code done}, {@code DROPPED} …), if it is one. */
    public static Optional<ActionStepStatus> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ActionStepStatus status : values()) {
            if (status.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
