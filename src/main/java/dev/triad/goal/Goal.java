package dev.triad.goal;

import dev.triad.account.User;
import dev.triad.system.Days;
import dev.triad.system.Numbers;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A goal of one engagement: a statement, what success looks like, a category, an optional metric
 * (unit, baseline, target) with check-ins against it, a status, and who besides client and coach
 * sees it.
 */
@Entity
public class Goal {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private String statement;

    private String successMeasure;

    @Enumerated(EnumType.STRING)
    private GoalCategory category;

    private String metricUnit;

    private BigDecimal metricBaseline;

    private BigDecimal metricTarget;

    @Enumerated(EnumType.STRING)
    private GoalStatus status;

    @Enumerated(EnumType.STRING)
    private GoalVisibility visibility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User createdBy;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Goal() {}

    Goal(Long engagementId, GoalDetails details, User createdBy, Instant now) {
        this.engagementId = engagementId;
        this.createdBy = createdBy;
        this.createdAt = now;
        describe(details, now);
    }

    /** Replaces what the goal says; the metric must be complete or absent. */
    void describe(GoalDetails details, Instant now) {
        if (isBlank(details.statement())) {
            throw new RuleViolation("statement", "goal.goal.statement.missing");
        }
        if (isBlank(details.successMeasure())) {
            throw new RuleViolation("successMeasure", "goal.goal.successMeasure.missing");
        }
        if (details.category() == null) {
            throw new RuleViolation("category", "goal.goal.category.missing");
        }
        if (details.status() == null) {
            throw new RuleViolation("status", "goal.goal.status.missing");
        }
        if (details.visibility() == null) {
            throw new RuleViolation("visibility", "goal.goal.visibility.missing");
        }
        boolean anyMetric =
                !isBlank(details.metricUnit()) || details.metricBaseline() != null || details.metricTarget() != null;
        if (anyMetric) {
            if (isBlank(details.metricUnit())) {
                throw new RuleViolation("metricUnit", "goal.goal.metricUnit.missing");
            }
            if (details.metricBaseline() == null) {
                throw new RuleViolation("metricBaseline", "goal.goal.metricBaseline.missing");
            }
            if (details.metricTarget() == null) {
                throw new RuleViolation("metricTarget", "goal.goal.metricTarget.missing");
            }
        }
        this.statement = details.statement().strip();
        this.successMeasure = details.successMeasure().strip();
        this.category = details.category();
        this.metricUnit = anyMetric ? details.metricUnit().strip() : null;
        this.metricBaseline = anyMetric ? details.metricBaseline() : null;
        this.metricTarget = anyMetric ? details.metricTarget() : null;
        this.status = details.status();
        this.visibility = details.visibility();
        this.updatedAt = now;
    }

    /**
     * A measurement of the metric on a day. It cannot be in the future (by {@code today}) nor before
     * the engagement started, nor far outside the goal's range ({@link #checkInRange()}).
     */
    GoalCheckIn recordCheckIn(
            LocalDate measuredOn,
            BigDecimal value,
            String comment,
            User by,
            Instant now,
            LocalDate today,
            LocalDate engagementStart) {
        checkMeasurement(measuredOn, value, today, engagementStart);
        return new GoalCheckIn(this, measuredOn, value, comment, by, now);
    }

    /**
     * Corrects one of this goal's check-ins under the rules of a new one. A goal whose metric was taken away takes no
     * value, corrected or new: its old check-ins can only be deleted (or the metric given back).
     */
    void correctCheckIn(
            GoalCheckIn checkIn,
            LocalDate measuredOn,
            BigDecimal value,
            String comment,
            LocalDate today,
            LocalDate engagementStart) {
        if (!java.util.Objects.equals(checkIn.getGoalId(), id)) {
            throw new IllegalArgumentException("Check-in " + checkIn.getId() + " is not of goal " + id);
        }
        checkMeasurement(measuredOn, value, today, engagementStart);
        checkIn.measure(measuredOn, value, comment);
    }

    private void checkMeasurement(LocalDate measuredOn, BigDecimal value, LocalDate today, LocalDate engagementStart) {
        if (!hasMetric()) {
            throw new RuleViolation("value", "goal.checkIn.noMetric");
        }
        if (measuredOn == null) {
            throw new RuleViolation("measuredOn", "goal.checkIn.measuredOn.missing");
        }
        if (measuredOn.isAfter(today)) {
            throw new RuleViolation("measuredOn", "goal.checkIn.measuredOn.future");
        }
        if (measuredOn.isBefore(engagementStart)) {
            throw new RuleViolation("measuredOn", "goal.checkIn.measuredOn.beforeEngagement", Days.of(engagementStart));
        }
        if (value == null) {
            throw new RuleViolation("value", "goal.checkIn.value.missing");
        }
        CheckInRange range = checkInRange();
        if (!range.contains(value)) {
            throw new RuleViolation(
                    "value",
                    "goal.checkIn.value.outOfRange",
                    Numbers.plain(range.lowest()),
                    Numbers.plain(range.highest()),
                    getMetricBaselineText(),
                    getMetricTargetText());
        }
    }

    /**
     * The values a check-in may take: up to 100 times the baseline–target span beyond either end, so a slip of the
     * keyboard (−999,999,999,999 for 9) cannot flatten the chart. A goal that holds a level (baseline = target) has no
     * span; the level's own size stands in for it (at least 1), so a level of 8 takes −792 to 808 and a level of 0
     * takes −100 to 100. Only for a goal with a metric.
     */
    public CheckInRange checkInRange() {
        BigDecimal low = metricBaseline.min(metricTarget);
        BigDecimal high = metricBaseline.max(metricTarget);
        BigDecimal span = high.subtract(low);
        if (span.signum() == 0) {
            span = metricTarget.abs().max(BigDecimal.ONE);
        }
        BigDecimal margin = span.multiply(HUNDRED);
        return new CheckInRange(low.subtract(margin), high.add(margin));
    }

    /** The lowest and the highest value a check-in of a goal may take, both included. */
    public record CheckInRange(BigDecimal lowest, BigDecimal highest) {
        public boolean contains(BigDecimal value) {
            return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
        }
    }

    /** The leader's words on a goal the client shares with them. */
    GoalLeaderInput addLeaderInput(String text, User leader, Instant now) {
        if (!isShared()) {
            throw new RuleViolation("text", "goal.leaderInput.notShared");
        }
        if (isBlank(text)) {
            throw new RuleViolation("text", "goal.leaderInput.text.missing");
        }
        return new GoalLeaderInput(this, leader, text, now);
    }

    /** The leader's words on a shared goal, written down by the coach in an alignment meeting. */
    GoalLeaderInput recordLeaderWords(String text, User leader, User recordedBy, Long meetingId, Instant now) {
        if (!isShared()) {
            throw new RuleViolation("goalId", "goal.leaderInput.meeting.notShared");
        }
        if (isBlank(text)) {
            throw new RuleViolation("text", "goal.leaderInput.meeting.text.missing");
        }
        return new GoalLeaderInput(this, leader, text, now, recordedBy, meetingId);
    }

    public boolean hasMetric() {
        return metricUnit != null && metricBaseline != null && metricTarget != null;
    }

    public boolean isShared() {
        return visibility == GoalVisibility.SHARED;
    }

    /** Whether the goal is below its baseline-to-target direction: a metric to bring down. */
    public boolean isReduction() {
        return hasMetric() && metricTarget.compareTo(metricBaseline) < 0;
    }

    /**
     * How far the latest value has come from the baseline towards the target, in whole percent
     * between 0 and 100: (latest − baseline) / (target − baseline). That works for metrics to raise
     * and to reduce alike. Rounded down, so that 100 % means the target is reached. A target equal to
     * the baseline means holding a level: 100 % while the value is at it, else 0 %. Null when the goal
     * has no metric or no value yet.
     */
    public Integer progressPercent(BigDecimal latest) {
        if (!hasMetric() || latest == null) {
            return null;
        }
        BigDecimal distance = metricTarget.subtract(metricBaseline);
        if (distance.signum() == 0) {
            return latest.compareTo(metricTarget) == 0 ? 100 : 0;
        }
        BigDecimal percent = latest.subtract(metricBaseline).multiply(HUNDRED).divide(distance, 0, RoundingMode.FLOOR);
        if (percent.compareTo(BigDecimal.ZERO) <= 0) {
            return 0;
        }
        if (percent.compareTo(HUNDRED) >= 0) {
            return 100;
        }
        return percent.intValue();
    }

    /** The progress rounded down to a multiple of 5, for the .pct-N bar classes; 0 without a value. */
    public int progressStep(BigDecimal latest) {
        Integer percent = progressPercent(latest);
        return percent == null ? 0 : percent / 5 * 5;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public String getStatement() {
        return statement;
    }

    public String getSuccessMeasure() {
        return successMeasure;
    }

    public GoalCategory getCategory() {
        return category;
    }

    public String getMetricUnit() {
        return metricUnit;
    }

    public BigDecimal getMetricBaseline() {
        return metricBaseline;
    }

    public BigDecimal getMetricTarget() {
        return metricTarget;
    }

    public String getMetricBaselineText() {
        return Numbers.plain(metricBaseline);
    }

    public String getMetricTargetText() {
        return Numbers.plain(metricTarget);
    }

    public GoalStatus getStatus() {
        return status;
    }

    public GoalVisibility getVisibility() {
        return visibility;
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
