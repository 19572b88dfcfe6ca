package dev.triad.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.Instant;

/** Cancellations in a row reported to HR, shown until an administrator acknowledges it. */
@Entity
public class AttendanceAlert {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long sessionId;

    private int cancellations;

    private Instant raisedAt;

    private Instant acknowledgedAt;

    private Long acknowledgedById;

    protected AttendanceAlert() {}

    AttendanceAlert(Long engagementId, Long sessionId, int cancellations, Instant raisedAt) {
        this.engagementId = engagementId;
        this.sessionId = sessionId;
        this.cancellations = cancellations;
        this.raisedAt = raisedAt;
    }

    void acknowledge(Long byId, Instant at) {
        if (acknowledgedAt == null) {
            this.acknowledgedAt = at;
            this.acknowledgedById = byId;
        }
    }

    public boolean isOpen() {
        return acknowledgedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public int getCancellations() {
        return cancellations;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public Long getAcknowledgedById() {
        return acknowledgedById;
    }
}
