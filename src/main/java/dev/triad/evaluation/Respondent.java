package dev.triad.evaluation;

/** Who answers a close-out survey: the client and the next-level leader, each their own. */
public enum Respondent {
    CLIENT("Client"),
    LEADER("Leader");

    private final String label;

    Respondent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
