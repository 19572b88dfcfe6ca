package dev.triad.programme;

/** The four kinds of coaching engagement (DOMAIN.md, "Coaching type"). */
public enum CoachingType {
    /** Tied to leadership training or an EMBA; debriefs assessments. */
    DEVELOPMENT("Development"),
    /** Whole-life goals set by the client, free of organisational objectives. */
    PERFORMANCE("Performance"),
    /** Contracted by the organisation, with alignment meetings; personal and organisational goals. */
    ALIGNED("Aligned"),
    /** Part of an organisation-wide programme. */
    PROGRAMMATIC("Programmatic");

    private final String label;

    CoachingType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
