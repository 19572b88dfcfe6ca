package dev.triad.programme;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A group of engagements run together, with the defaults its engagements start from. */
@Entity
public class Programme {

    public static final int DEFAULT_NOTICE_HOURS = 48;
    public static final int DEFAULT_CONSECUTIVE_THRESHOLD = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String purpose;

    @Enumerated(EnumType.STRING)
    private Timing timing;

    @Enumerated(EnumType.STRING)
    private CoachingType defaultCoachingType;

    private BigDecimal defaultContractedHours;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private Instant createdAt;

    /** The client's notice for a cancellation not to count as late (the seed's 48 hours). */
    private int cancellationNoticeHours = DEFAULT_NOTICE_HOURS;

    /** How many cancellations in a row alert HR and cost the client the time (the seed's two). */
    private int consecutiveCancellationThreshold = DEFAULT_CONSECUTIVE_THRESHOLD;

    @Version
    private long version;

    protected Programme() {
    }

    public Programme(String name, String purpose, Timing timing, CoachingType defaultCoachingType,
                     BigDecimal defaultContractedHours, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        this.name = name.strip();
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        this.timing = timing;
        this.defaultCoachingType = defaultCoachingType;
        this.defaultContractedHours = defaultContractedHours;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public Timing getTiming() {
        return timing;
    }

    public CoachingType getDefaultCoachingType() {
        return defaultCoachingType;
    }

    public BigDecimal getDefaultContractedHours() {
        return defaultContractedHours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** Sets this programme's cancellation policy; the defaults are the seed's 48 hours and two in a row. */
    public void setCancellationPolicy(int noticeHours, int consecutiveThreshold) {
        if (noticeHours < 0 || noticeHours > 336) {
            throw new IllegalArgumentException("notice must be between 0 and 336 hours");
        }
        if (consecutiveThreshold < 2 || consecutiveThreshold > 10) {
            throw new IllegalArgumentException("threshold must be between 2 and 10");
        }
        this.cancellationNoticeHours = noticeHours;
        this.consecutiveCancellationThreshold = consecutiveThreshold;
    }

    public int getCancellationNoticeHours() {
        return cancellationNoticeHours;
    }

    public int getConsecutiveCancellationThreshold() {
        return consecutiveCancellationThreshold;
    }

    public long getVersion() {
        return version;
    }
}
