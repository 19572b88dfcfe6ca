package dev.triad.engagement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * <em>If you don't trust your coach, find another one</em>: the client asks HR for a different coach, with a
 * reason. HR reads it (the coach never does) and answers by reassigning the coach, which closes the request.
 */
@Entity
@Table(name = "coach_change_request")
public class CoachChangeRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long requestedById;

    /** The coach the client asks to replace. */
    private Long coachId;

    private String reason;

    private Instant requestedAt;

    private Instant closedAt;

    private Long closedById;

    private Long newCoachId;

    /** HR's answer to the client when HR kept the coach; null while open or when another coach was chosen. */
    private String declinedReason;

    protected CoachChangeRequest() {}

    CoachChangeRequest(Long engagementId, Long requestedById, Long coachId, String reason, Instant requestedAt) {
        this.engagementId = engagementId;
        this.requestedById = requestedById;
        this.coachId = coachId;
        this.reason = reason.strip();
        this.requestedAt = requestedAt;
    }

    void closeWith(Long newCoachId, Long byId, Instant at) {
        this.newCoachId = newCoachId;
        this.closedById = byId;
        this.closedAt = at;
    }

    /** HR keeps the coach: the request is closed with HR's answer to the client. */
    void decline(String answer, Long byId, Instant at) {
        this.declinedReason = answer.strip();
        this.closedById = byId;
        this.closedAt = at;
    }

    public boolean isDeclined() {
        return declinedReason != null;
    }

    public String getDeclinedReason() {
        return declinedReason;
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getRequestedById() {
        return requestedById;
    }

    public Long getCoachId() {
        return coachId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedById() {
        return closedById;
    }

    public Long getNewCoachId() {
        return newCoachId;
    }
}
