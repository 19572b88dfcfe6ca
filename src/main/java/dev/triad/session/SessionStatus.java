package dev.triad.session;

/** Where a session stands: booked, or its outcome. */
public enum SessionStatus {
    SCHEDULED("Scheduled"),
    HELD("Held"),
    CANCELLED("Cancelled in time"),
    LATE_CANCELLED("Late-cancelled"),
    NO_SHOW("No-show"),
    RESCHEDULED("Rescheduled");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isSettled() {
        return this != SCHEDULED;
    }
}
