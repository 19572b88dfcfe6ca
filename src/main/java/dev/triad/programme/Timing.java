package dev.triad.programme;

/** When coaching comes, which sets how it is evaluated. */
public enum Timing {
    /** Succession, high potentials; carries an ROI component. */
    PROACTIVE("Proactive"),
    /** Right after a 360 or a training, to lock in the learning. */
    JUST_IN_TIME("Just in time"),
    /** Remediation, often mandated. */
    AFTER_THE_FACT("After the fact");

    private final String label;

    Timing(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
