package dev.triad.engagement;

import dev.triad.account.User;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.Timing;
import dev.triad.system.ForbiddenException;
import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
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
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** The day HR erased the engagement's personal content after the retention period; null until then. */
    private LocalDate erasedOn;

    @Version
    private long version;

    protected Engagement() {}

    /** A new engagement starts in intake, with no coach. */
    Engagement(
            User client,
            User leader,
            Programme programme,
            CoachingType coachingType,
            Timing timing,
            BigDecimal contractedHours,
            LocalDate startsOn,
            LocalDate plannedEndOn,
            String focus,
            Instant createdAt) {
        if (Objects.equals(client.getId(), leader.getId())) {
            throw new RuleViolation("leader", "engagement.leader.isClient");
        }
        if (plannedEndOn.isBefore(startsOn)) {
            throw new RuleViolation("plannedEndOn", "engagement.plannedEndOn.beforeStart");
        }
        this.client = client;
        this.leader = leader;
        this.programme = programme;
        this.coachingType = coachingType;
        this.timing = timing;
        this.contractedHours = contractedHours;
        this.startsOn = startsOn;
        this.plannedEndOn = plannedEndOn;
        this.focus = Texts.clean(focus);
        this.phase = Phase.INTAKE;
        this.createdAt = createdAt;
    }

    /** Makes {@code coach} this engagement's coach and returns the assignment to keep in the history. */
    CoachAssignment assignCoach(User coach, User by, Instant at, String reason, boolean overCapacity) {
        if (!phase.isActive()) {
            throw new RuleViolation("coach", "engagement.engagement.closed");
        }
        if (this.coach != null && this.coach.getId().equals(coach.getId())) {
            throw new RuleViolation("coach", "engagement.coach.already", coach.getFullName());
        }
        this.coach = coach;
        return new CoachAssignment(this, coach, by, at, reason, overCapacity);
    }

    /**
     * Moves the engagement to another phase (DOMAIN.md, "Phases") and returns the move to keep in its history.
     * The coach moves it; HR may only close it. It moves forward only. Coaching starts once the initial alignment
     * meeting's outcome is confirmed by all three, unless the coaching type is performance (no organisational goals
     * to align on). Closing as completed needs a closing alignment meeting or a recorded reason; ending it early
     * (terminated) always needs a reason; passing over a phase needs a reason.
     *
     * @param facts what the guards need from alignment meetings, which this module does not know
     * @param by    how the mover stands to this engagement
     * @throws ForbiddenException when the mover may not make this move
     * @throws RuleViolation      when a rule stands in the way (the field is {@code to}, {@code closure} or {@code reason})
     */
    PhaseChange moveTo(PhaseMove move, PhaseFacts facts, Set<Participation> by, User mover, Instant at) {
        PhaseChange change = planMove(move, facts, by, mover, at);
        this.phase = move.to();
        return change;
    }

    /** The move {@link #moveTo} would make, with the same rules, leaving the engagement as it is (a confirmation step's check). */
    PhaseChange planMove(PhaseMove move, PhaseFacts facts, Set<Participation> by, User mover, Instant at) {
        Phase to = move.to();
        Participation role;
        if (by.contains(Participation.COACH)) {
            role = Participation.COACH;
        } else if (by.contains(Participation.HR) && to == Phase.CLOSED) {
            role = Participation.HR;
        } else {
            throw new ForbiddenException(
                    by.contains(Participation.HR)
                            ? "HR may close an engagement; its coach moves it between phases"
                            : "Only the engagement’s coach moves it from phase to phase");
        }
        if (!phase.isActive()) {
            throw new RuleViolation("to", "engagement.phase.closed");
        }
        if (move.from() != null && move.from() != phase) {
            throw new RuleViolation("to", "engagement.phase.moved", phase.label());
        }
        if (to == null) {
            throw new RuleViolation("to", "engagement.phase.to.missing");
        }
        if (to == phase) {
            throw new RuleViolation("to", "engagement.phase.to.current", phase.label());
        }
        if (to.ordinal() < phase.ordinal()) {
            throw new RuleViolation("to", "engagement.phase.to.backwards", to.label());
        }
        String reason = Texts.clean(move.reason());
        Closure closure = to == Phase.CLOSED ? move.closure() : null;
        if (to == Phase.CLOSED && closure == null) {
            throw new RuleViolation("closure", "engagement.phase.closure.missing");
        }
        if (closure == Closure.TERMINATED && reason == null) {
            throw new RuleViolation("reason", "engagement.phase.terminated.reason.missing");
        }
        if (closure == Closure.COMPLETED && !facts.closingMeetingHeld() && reason == null) {
            throw new RuleViolation("reason", "engagement.phase.closingMeeting.missing");
        }
        boolean entersCoaching = phase.ordinal() < Phase.COACHING.ordinal()
                && to.ordinal() >= Phase.COACHING.ordinal()
                && to != Phase.CLOSED;
        if (entersCoaching && coachingType != CoachingType.PERFORMANCE && !facts.initialAlignmentConfirmed()) {
            throw new RuleViolation("to", "engagement.phase.initialAlignment.unconfirmed");
        }
        // Ending early is no skip: the remaining phases are not passed over, they never come.
        List<Phase> skipped = closure == Closure.TERMINATED
                ? List.of()
                : Arrays.stream(Phase.values())
                        .filter(p -> p.ordinal() > phase.ordinal() && p.ordinal() < to.ordinal())
                        .toList();
        if (!skipped.isEmpty() && reason == null) {
            throw new RuleViolation(
                    "reason",
                    "engagement.phase.skip.reason.missing",
                    to.label(),
                    skipped.stream().map(Phase::label).collect(Collectors.joining(" and ")));
        }
        return new PhaseChange(
                id,
                phase,
                to,
                closure,
                reason,
                skipped.isEmpty() ? null : skipped.stream().map(Phase::name).collect(Collectors.joining(",")),
                mover,
                role,
                at);
    }

    /**
     * Marks the engagement's personal content as erased (the modules holding it have erased it in the same transaction);
     * the free-text focus goes with it. Only a closed engagement is erased, and only once.
     */
    void markErased(LocalDate on) {
        if (phase.isActive()) {
            throw new RuleViolation("engagement", "engagement.erasure.notClosed");
        }
        if (erasedOn != null) {
            throw new RuleViolation("engagement", "engagement.erasure.already");
        }
        this.erasedOn = on;
        this.focus = null;
    }

    /** A closed engagement is read-only: nothing new is written to it (see {@link EngagementAction}). */
    public boolean takesWrites() {
        return phase.isActive();
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public LocalDate getErasedOn() {
        return erasedOn;
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
