package dev.triad.alignment;

/** What the leader's words recorded in a meeting are about. Input on a goal is kept with the goal itself. */
public enum LeaderInputTopic {
    EXPECTATIONS("Expectations"),
    CONCERNS("Concerns"),
    ANSWER("Answer to a prepared question"),
    GOAL("Expected behaviour changes and measures, on a goal");

    private final String label;

    LeaderInputTopic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
