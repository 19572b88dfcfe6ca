package dev.triad.session;

/** How a session takes place. */
public enum SessionFormat {
    IN_PERSON("In person"),
    VIDEO("Video"),
    PHONE("Phone");

    private final String label;

    SessionFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
