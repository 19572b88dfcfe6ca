package dev.triad.impact;

import dev.triad.system.Numbers;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an engagement should move, agreed in the alignment meeting (<em>agree on measurement, documentation,
 * reporting and evaluation</em>): a named measure with its unit, the value before the coaching and, once
 * known, the value after. Proactive programmes carry an ROI component, so each of their engagements needs one.
 */
@Entity
@Table(name = "impact_measure")
public class ImpactMeasure {

    /** The measures the seeds name; any other name is allowed. */
    public static final List<String> SUGGESTED_NAMES = List.of(
            "Productivity",
            "Engagement score",
            "Absenteeism",
            "Retention",
            "Attrition",
            "Customer satisfaction",
            "360 score");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private String name;

    private String unit;

    @Column(name = "before_value")
    private BigDecimal before;

    @Column(name = "after_value")
    private BigDecimal after;

    private Long recordedById;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected ImpactMeasure() {}

    ImpactMeasure(
            Long engagementId,
            String name,
            String unit,
            BigDecimal before,
            BigDecimal after,
            Long recordedById,
            Instant at) {
        this.engagementId = engagementId;
        this.recordedById = recordedById;
        this.createdAt = at;
        change(name, unit, before, after, recordedById, at);
    }

    void change(String name, String unit, BigDecimal before, BigDecimal after, Long byId, Instant at) {
        if (name == null || name.isBlank()) {
            throw new RuleViolation("name", "evaluation.impactMeasure.name.missing");
        }
        if (unit == null || unit.isBlank()) {
            throw new RuleViolation("unit", "evaluation.impactMeasure.unit.missing");
        }
        if (before == null) {
            throw new RuleViolation("before", "evaluation.impactMeasure.before.missing");
        }
        this.name = name.strip();
        this.unit = unit.strip();
        this.before = before;
        this.after = after;
        this.recordedById = byId;
        this.updatedAt = at;
    }

    /** After minus before, once the after value is known. */
    public BigDecimal change() {
        return after == null ? null : after.subtract(before);
    }

    public String beforeText() {
        return Numbers.plain(before);
    }

    public String afterText() {
        return after == null ? null : Numbers.plain(after);
    }

    public String changeText() {
        BigDecimal change = change();
        return change == null ? null : (change.signum() > 0 ? "+" : "") + Numbers.plain(change);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public Long getRecordedById() {
        return recordedById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
