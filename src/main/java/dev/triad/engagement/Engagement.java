package dev.triad.engagement;

import dev.triad.account.User;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.Timing;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One client's coaching contract: client, leader, coach, programme, type, timing, hours, dates, phase. */
@Entity
public class Engagement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User client;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private User leader;

    @ManyToOne(fetch = FetchType.LAZY)
    private User coach;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Programme programme;

    @Enumerated(EnumType.STRING)
    private CoachingType coachingType;

    @Enumerated(EnumType.STRING)
    private Timing timing;

    @Enumerated(EnumType.STRING)
    private Phase phase;

    private String focus;

    private BigDecimal contractedHours;

    private LocalDate startsOn;

    private LocalDate plannedEndOn;

    private Instant createdAt;

    @Version
    private long version;

    protected Engagement() {
    }

    /** A new engagement starts in intake, with no coach. */
    Engagement(User client, User leader, Programme programme, CoachingType coachingType, Timing timing,
               BigDecimal contractedHours, LocalDate startsOn, LocalDate plannedEndOn, String focus, Instant createdAt) {
        if (Objects.equals(client.getId(), leader.getId())) {
            throw new RuleViolation("leaderEmail", "The leader must be someone other than the client");
        }
        if (plannedEndOn.isBefore(startsOn)) {
            throw new RuleViolation("plannedEndOn", "The planned end cannot be before the start");
        }
        this.client = client;
        this.leader = leader;
        this.programme = programme;
        this.coachingType = coachingType;
        this.timing = timing;
        this.contractedHours = contractedHours;
        this.startsOn = startsOn;
        this.plannedEndOn = plannedEndOn;
        this.focus = focus == null || focus.isBlank() ? null : focus.strip();
        this.phase = Phase.INTAKE;
        this.createdAt = createdAt;
    }

    /** Makes {@code coach} this engagement's coach and returns the assignment to keep in the history. */
    CoachAssignment assignCoach(User coach, User by, Instant at, String reason, boolean overCapacity) {
        if (!phase.isActive()) {
            throw new RuleViolation("coachId", "This engagement is closed");
        }
        if (this.coach != null && this.coach.getId().equals(coach.getId())) {
            throw new RuleViolation("coachId", coach.getFullName() + " already coaches this engagement");
        }
        this.coach = coach;
        return new CoachAssignment(this, coach, by, at, reason, overCapacity);
    }

    public boolean isClient(Long userId) {
        return client.getId().equals(userId);
    }

    public boolean isLeader(Long userId) {
        return leader.getId().equals(userId);
    }

    public boolean isCoach(Long userId) {
        return coach != null && coach.getId().equals(userId);
    }

    public Long getId() {
        return id;
    }

    public User getClient() {
        return client;
    }

    public User getLeader() {
        return leader;
    }

    public User getCoach() {
        return coach;
    }

    public Programme getProgramme() {
        return programme;
    }

    public CoachingType getCoachingType() {
        return coachingType;
    }

    public Timing getTiming() {
        return timing;
    }

    public Phase getPhase() {
        return phase;
    }

    public String getFocus() {
        return focus;
    }

    public BigDecimal getContractedHours() {
        return contractedHours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
