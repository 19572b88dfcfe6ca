package dev.triad.assessment;

/** What someone read of an assessment, as the client's access log says it. */
public enum AccessKind {
    OVERVIEW("Saw its summary, strengths and development areas on the assessments page"),
    ASSESSMENT("Opened the assessment"),
    FILE("Downloaded a file"),
    FEEDBACK_RESULTS("Opened the 360 results");

    private final String label;

    AccessKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
