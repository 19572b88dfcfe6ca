package dev.triad.engagement;

/**
 * Something was to be written to a closed engagement, which is read-only (DOMAIN.md): answered with the
 * "This engagement is closed" page (409), never a server error.
 */
public class EngagementClosed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Long engagementId;

    public EngagementClosed(Long engagementId) {
        super("This engagement is closed");
        this.engagementId = engagementId;
    }

    public Long engagementId() {
        return engagementId;
    }
}
