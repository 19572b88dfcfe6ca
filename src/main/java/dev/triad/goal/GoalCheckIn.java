package dev.triad.goal;

import dev.triad.account.User;
import dev.triad.system.Numbers;
import dev.triad.system.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measurement of a goal's metric: a value on a day, with an optional comment. Client and coach may correct it
 * ({@link Goal#correctCheckIn}) or delete it; who recorded it first stays.
 */
@Entity
public class GoalCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long goalId;

    private LocalDate measuredOn;

    @Column(name = "value")
    private BigDecimal value;

    private String comment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected GoalCheckIn() {}

    GoalCheckIn(
            Goal goal, LocalDate measuredOn, BigDecimal value, String comment, User recordedBy, Instant recordedAt) {
        this.engagementId = goal.getEngagementId();
        this.goalId = goal.getId();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        measure(measuredOn, value, comment);
    }

    /** Replaces the day, the value and the comment; the goal has checked them ({@link Goal#correctCheckIn}). */
    void measure(LocalDate measuredOn, BigDecimal value, String comment) {
        this.measuredOn = measuredOn;
        this.value = value;
        this.comment = Texts.clean(comment);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    /** The value as people write it: 12, 8.5, 0.25. */
    public String getValueText() {
        return Numbers.plain(value);
    }

    public String getComment() {
        return comment;
    }

    public User getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
