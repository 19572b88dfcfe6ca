package dev.triad.programme;

import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
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
    /** The seed's "every few sessions": a partnership check-in after every third held session. */
    public static final int DEFAULT_CHECK_IN_EVERY = 3;
    /** Days after a session during which its coach may correct the outcome recorded (issue 16). */
    public static final int DEFAULT_OUTCOME_CORRECTION_DAYS = 14;

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

    /** For how many days after a session its coach may correct the outcome recorded. */
    private int outcomeCorrectionDays = DEFAULT_OUTCOME_CORRECTION_DAYS;

    /** A partnership check-in goes to the client after every this many held sessions. */
    private int checkInEverySessions = DEFAULT_CHECK_IN_EVERY;

    /** Whether clients book their sessions themselves in their coach's free time; else only coaches schedule. */
    private boolean clientsBookSessions;

    /** For an after-the-fact (remedial) programme: whether the coaching is mandated. Null for other timings. */
    private Boolean mandated;

    @Version
    private long version;

    protected Programme() {}

    public Programme(
            String name,
            String purpose,
            Timing timing,
            CoachingType defaultCoachingType,
            BigDecimal defaultContractedHours,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant createdAt) {
        this.name = name.strip();
        this.purpose = Texts.clean(purpose);
        this.timing = timing;
        this.defaultCoachingType = defaultCoachingType;
        this.defaultContractedHours = defaultContractedHours;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdAt = createdAt;
    }

    /** HR changes what the programme is; its engagements keep the type, timing and hours they started with. */
    public void describe(
            String name,
            String purpose,
            Timing timing,
            CoachingType defaultCoachingType,
            BigDecimal defaultContractedHours,
            LocalDate startsOn,
            LocalDate endsOn) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolation("endsOn", "programme.endsOn.beforeStart");
        }
        this.name = name.strip();
        this.purpose = Texts.clean(purpose);
        this.timing = timing;
        this.defaultCoachingType = defaultCoachingType;
        this.defaultContractedHours = defaultContractedHours;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        if (timing != Timing.AFTER_THE_FACT) {
            this.mandated = null;
        }
    }

    /**
     * How the programme is evaluated: check-ins after every {@code checkInEverySessions} held sessions and, for an
     * after-the-fact programme, whether it is mandated (required there, meaningless elsewhere).
     */
    public void setEvaluation(int checkInEverySessions, Boolean mandated) {
        if (checkInEverySessions < 1 || checkInEverySessions > 20) {
            throw new RuleViolation("checkInEverySessions", "programme.checkInEverySessions.outOfRange");
        }
        if (timing == Timing.AFTER_THE_FACT && mandated == null) {
            throw new RuleViolation("mandated", "programme.mandated.missing");
        }
        this.checkInEverySessions = checkInEverySessions;
        this.mandated = timing == Timing.AFTER_THE_FACT ? mandated : null;
    }

    /** What the timing asks of the programme's evaluation, in the seed's terms, for HR's pages. */
    public String evaluationRule() {
        return switch (timing) {
            case PROACTIVE ->
                "Proactive: carries an ROI component, so each engagement needs impact measures agreed in alignment, with a before and an after value.";
            case JUST_IN_TIME -> "Just in time: evaluated by the close-out satisfaction survey of client and leader.";
            case AFTER_THE_FACT ->
                "After the fact (remedial): "
                        + (mandated == null
                                ? "whether it is mandated is not recorded yet."
                                : mandated ? "mandated." : "not mandated, taken up voluntarily.");
        };
    }

    /** Proactive programmes measure impact: each of their engagements needs impact measures. */
    public boolean requiresImpactMeasures() {
        return timing == Timing.PROACTIVE;
    }

    public int getCheckInEverySessions() {
        return checkInEverySessions;
    }

    public Boolean getMandated() {
        return mandated;
    }

    public Instant getCreatedAt() {
        return createdAt;
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

    /** Sets the window, after a session, for correcting its outcome: 0 (no corrections) to 90 days. */
    public void setOutcomeCorrectionDays(int days) {
        if (days < 0 || days > 90) {
            throw new RuleViolation("outcomeCorrectionDays", "programme.outcomeCorrectionDays.outOfRange");
        }
        this.outcomeCorrectionDays = days;
    }

    /** HR decides who schedules sessions: the coaches only (the default) or the clients too, in the coach's free time. */
    public void letClientsBookSessions(boolean clientsBook) {
        this.clientsBookSessions = clientsBook;
    }

    public boolean clientsBookSessions() {
        return clientsBookSessions;
    }

    public int getOutcomeCorrectionDays() {
        return outcomeCorrectionDays;
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
