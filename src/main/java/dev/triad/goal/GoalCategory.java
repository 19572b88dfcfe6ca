package dev.triad.goal;

/** What part of the client's life a goal is about (DOMAIN.md, "Goals and action steps"). */
public enum GoalCategory {
    WORK("Work"),
    PERSONAL("Personal"),
    HEALTH("Health"),
    ACADEMIC("Academic");

    private final String label;

    GoalCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
