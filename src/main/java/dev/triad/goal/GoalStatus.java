package dev.triad.goal;

public enum GoalStatus {
    DRAFT("Draft"),
    ACTIVE("Active"),
    ACHIEVED("Achieved"),
    DROPPED("Dropped");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
