package dev.triad.alignment;

/** Where an alignment meeting stands. */
public enum MeetingStatus {
    SCHEDULED("Scheduled"),
    HELD("Held"),
    CANCELLED("Cancelled");

    private final String label;

    MeetingStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
