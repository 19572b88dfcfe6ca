package dev.triad.alignment;

import dev.triad.engagement.Participation;
import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an alignment meeting's outcome: the goals and measures agreed (and, in the initial meeting, how often
 * the client reports to the leader). It is pending until the client, the coach and the leader have each confirmed it;
 * once confirmed it is read-only, and a later change is a new version, the old one kept. A version nobody has
 * confirmed yet may still be rewritten; once somebody has, a change is a new version too, so that nobody's
 * confirmation ever stands for words they did not read.
 */
@Entity
public class AlignmentOutcome {

    /** The three who confirm an outcome. */
    public static final Set<Participation> CONFIRMING =
            EnumSet.of(Participation.CLIENT, Participation.COACH, Participation.LEADER);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    private Long engagementId;

    private int number;

    private String agreedGoals;

    private String agreedMeasures;

    @Enumerated(EnumType.STRING)
    private ReportCadence reportCadence;

    private Long writtenById;

    private Instant writtenAt;

    private Instant supersededAt;

    @OneToMany(mappedBy = "outcome", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("confirmedAt, id")
    private List<OutcomeConfirmation> confirmations = new ArrayList<>();

    @Version
    private long version;

    protected AlignmentOutcome() {}

    AlignmentOutcome(AlignmentMeeting meeting, int number, OutcomeText text, Long writtenById, Instant at) {
        this.meetingId = meeting.getId();
        this.engagementId = meeting.getEngagementId();
        this.number = number;
        describe(text, writtenById, at);
    }

    private void describe(OutcomeText text, Long byId, Instant at) {
        if (Texts.isBlank(text.agreedGoals())) {
            throw new RuleViolation("agreedGoals", "alignment.outcome.agreedGoals.missing");
        }
        if (Texts.isBlank(text.agreedMeasures())) {
            throw new RuleViolation("agreedMeasures", "alignment.outcome.agreedMeasures.missing");
        }
        this.agreedGoals = text.agreedGoals().strip();
        this.agreedMeasures = text.agreedMeasures().strip();
        this.reportCadence = text.reportCadence();
        this.writtenById = byId;
        this.writtenAt = at;
    }

    /** Rewrites this version in place: only while it is current and nobody has confirmed it. */
    void rewrite(OutcomeText text, Long byId, Instant at) {
        if (!isOpenToRewrite()) {
            throw new RuleViolation(
                    "agreedGoals",
                    isConfirmed()
                            ? "alignment.outcome.confirmed.readOnly"
                            : "alignment.outcome.version.confirmedBySomeone");
        }
        describe(text, byId, at);
    }

    /** The next version, replacing this one; this one is kept as it stands, with its confirmations. */
    AlignmentOutcome revise(OutcomeText text, Long byId, Instant at) {
        if (isSuperseded()) {
            throw new RuleViolation("agreedGoals", "alignment.outcome.version.replaced", number);
        }
        AlignmentOutcome next = new AlignmentOutcome();
        next.meetingId = meetingId;
        next.engagementId = engagementId;
        next.number = number + 1;
        next.describe(text, byId, at);
        this.supersededAt = at;
        return next;
    }

    /**
     * {@code part} confirms this version, by name and time.
     *
     * @return true when this confirmation is the last of the three: the outcome is now confirmed
     */
    boolean confirm(Participation part, Long userId, String name, Instant at) {
        if (!CONFIRMING.contains(part)) {
            throw new RuleViolation("confirm", "alignment.outcome.confirm.notParticipant");
        }
        if (isSuperseded()) {
            throw new RuleViolation("confirm", "alignment.outcome.confirm.replaced", number);
        }
        if (confirmationBy(part).isPresent()) {
            throw new RuleViolation(
                    "confirm",
                    "alignment.outcome.confirm.alreadyBy",
                    part.name().toLowerCase(Locale.ROOT),
                    number);
        }
        confirmations.add(new OutcomeConfirmation(this, part, userId, name, at));
        return isConfirmed();
    }

    public Optional<OutcomeConfirmation> confirmationBy(Participation part) {
        return confirmations.stream().filter(c -> c.getParticipation() == part).findFirst();
    }

    /** Confirmed by all three. */
    public boolean isConfirmed() {
        return CONFIRMING.stream().allMatch(part -> confirmationBy(part).isPresent());
    }

    /** Still waiting for at least one of the three, and not replaced. */
    public boolean isPending() {
        return !isConfirmed() && !isSuperseded();
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    /** Current and confirmed by nobody yet: the words may still change in place. */
    public boolean isOpenToRewrite() {
        return !isSuperseded() && confirmations.isEmpty();
    }

    /** Whether {@code part} still has to confirm this version. */
    public boolean awaits(Participation part) {
        return !isSuperseded()
                && CONFIRMING.contains(part)
                && confirmationBy(part).isEmpty();
    }

    /** One line per confirming part, in the order client, coach, leader: who confirmed and when, or null while waiting. */
    public record ConfirmationLine(String part, OutcomeConfirmation confirmation) {}

    public List<ConfirmationLine> confirmationLines() {
        return List.of(Participation.CLIENT, Participation.COACH, Participation.LEADER).stream()
                .map(part -> new ConfirmationLine(
                        part.name().toLowerCase(Locale.ROOT),
                        confirmationBy(part).orElse(null)))
                .toList();
    }

    /** When the last of the three confirmed; empty while pending. */
    public Optional<Instant> confirmedAt() {
        return isConfirmed()
                ? confirmations.stream()
                        .map(OutcomeConfirmation::getConfirmedAt)
                        .max(Comparator.naturalOrder())
                : Optional.empty();
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public int getNumber() {
        return number;
    }

    public String getAgreedGoals() {
        return agreedGoals;
    }

    public String getAgreedMeasures() {
        return agreedMeasures;
    }

    public ReportCadence getReportCadence() {
        return reportCadence;
    }

    public Long getWrittenById() {
        return writtenById;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<OutcomeConfirmation> getConfirmations() {
        return List.copyOf(confirmations);
    }

    public long getVersion() {
        return version;
    }
}
