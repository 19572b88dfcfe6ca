package dev.triad.evaluation;

import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.List;

/**
 * A short pulse to the client: <em>the coach will ask for feedback to make sure the client is getting what he
 * or she needs and to check for fit with the coach</em>. Due after every few held sessions; answered once.
 */
@Entity
@Table(name = "partnership_check_in")
public class PartnershipCheckIn {

    /** An answer at or below this signals a low fit, which HR is told about (without the text). */
    public static final int LOW_FIT = 2;

    /** The answers to "Is this partnership working for you?", from 1 to 5. */
    public static final List<String> FIT_LABELS =
            List.of("Not at all", "Not really", "Somewhat", "Mostly", "Very well");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private int afterSessions;

    private Long coachId;

    private Instant dueAt;

    private Instant supersededAt;

    private Instant answeredAt;

    private Integer fit;

    private String whatShouldChange;

    @Version
    private long version;

    protected PartnershipCheckIn() {}

    PartnershipCheckIn(Long engagementId, int afterSessions, Long coachId, Instant dueAt) {
        this.engagementId = engagementId;
        this.afterSessions = afterSessions;
        this.coachId = coachId;
        this.dueAt = dueAt;
    }

    void answer(int fit, String whatShouldChange, Instant at) {
        if (answeredAt != null) {
            throw new RuleViolation("fit", "evaluation.checkIn.answered");
        }
        if (supersededAt != null) {
            throw new RuleViolation("fit", "evaluation.checkIn.replaced");
        }
        if (fit < 1 || fit > 5) {
            throw new RuleViolation("fit", "evaluation.checkIn.fit.outOfRange");
        }
        this.fit = fit;
        this.whatShouldChange = Texts.clean(whatShouldChange);
        this.answeredAt = at;
    }

    void supersede(Instant at) {
        if (isOpen()) {
            this.supersededAt = at;
        }
    }

    public boolean isOpen() {
        return answeredAt == null && supersededAt == null;
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isLowFit() {
        return fit != null && fit <= LOW_FIT;
    }

    public String fitLabel() {
        return fit == null ? null : fit + " – " + FIT_LABELS.get(fit - 1);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public int getAfterSessions() {
        return afterSessions;
    }

    public Long getCoachId() {
        return coachId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Integer getFit() {
        return fit;
    }

    public String getWhatShouldChange() {
        return whatShouldChange;
    }

    public long getVersion() {
        return version;
    }
}
