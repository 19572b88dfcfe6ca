package dev.triad.engagement;

/** Where an engagement stands (DOMAIN.md, "Phases"). */
public enum Phase {
    INTAKE("Intake"),
    ASSESSMENT("Assessment"),
    ALIGNMENT("Alignment"),
    COACHING("Coaching"),
    SUSTAINMENT("Sustainment"),
    CLOSED("Closed");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isActive() {
        return this != CLOSED;
    }
}
