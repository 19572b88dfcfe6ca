package dev.triad.alignment;

public enum ReportStatus {
    DRAFT("Draft"),
    SENT("Sent");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
