package dev.triad.engagement;

import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * The coach's record of the intake interview: what prompted the coaching, the sponsor's stated reasons and expectations,
 * and the client's background. The coach writes it; the coach and the client read it.
 */
@Entity
public class IntakeInterview {

    @Id
    private Long engagementId;

    private String whatPrompted;

    private String sponsorReasons;

    private String clientBackground;

    private Long writtenById;

    private Instant updatedAt;

    /** Null until first saved, which tells Spring Data the interview is new (its id is the engagement's). */
    @Version
    private Long version;

    protected IntakeInterview() {}

    IntakeInterview(Long engagementId) {
        this.engagementId = engagementId;
    }

    void write(String whatPrompted, String sponsorReasons, String clientBackground, Long byId, Instant at) {
        this.whatPrompted = Texts.clean(whatPrompted);
        this.sponsorReasons = Texts.clean(sponsorReasons);
        this.clientBackground = Texts.clean(clientBackground);
        this.writtenById = byId;
        this.updatedAt = at;
    }

    public boolean isEmpty() {
        return whatPrompted == null && sponsorReasons == null && clientBackground == null;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getWhatPrompted() {
        return whatPrompted;
    }

    public String getSponsorReasons() {
        return sponsorReasons;
    }

    public String getClientBackground() {
        return clientBackground;
    }

    public Long getWrittenById() {
        return writtenById;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
