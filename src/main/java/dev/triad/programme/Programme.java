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

    public long getVersion() {
        return version;
    }
}
