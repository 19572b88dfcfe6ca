package dev.triad.assessment;

/** What the leader sees of an assessment: the client decides, and can take it back at any time. */
public enum Sharing {
    NONE("Not shared", "Only you and your coach see it."),
    SUMMARY(
            "Summary shared",
            "The leader sees the summary, strengths and development areas; not the scores, files or 360 results."),
    WHOLE(
            "Shared in full",
            "The leader sees all of it: summary, strengths, development areas, scores, files and 360 results.");

    private final String label;
    private final String explanation;

    Sharing(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    public boolean isShared() {
        return this != NONE;
    }

    /** Whether the leader sees more with this sharing than with {@code other} (NONE, SUMMARY, WHOLE, in that order). */
    public boolean widens(Sharing other) {
        return compareTo(other) > 0;
    }
}
