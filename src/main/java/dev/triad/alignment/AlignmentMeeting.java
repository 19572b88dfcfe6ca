package dev.triad.alignment;

import dev.triad.system.MeetingLinks;
import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import dev.triad.system.Venue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A three-way meeting of client, coach and leader: its kind, time, length and place, the objectives the client
 * prepares for it, and its calendar identity (one uid for its whole life; the sequence rises at each move, as for
 * sessions). Its checklist ({@link AgendaItem}), the leader's input and its outcome versions hang off it.
 */
@Entity
public class AlignmentMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private MeetingKind kind;

    private Instant startsAt;

    private int minutes;

    private String location;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private String clientObjectives;

    private Instant objectivesUpdatedAt;

    private String calendarUid;

    private int calendarSequence;

    private Long scheduledById;

    private Instant createdAt;

    private Instant heldAt;

    private Long changedById;

    private Instant changedAt;

    private String changeReason;

    @Version
    private long version;

    protected AlignmentMeeting() {}

    private AlignmentMeeting(
            Long engagementId,
            MeetingKind kind,
            Instant startsAt,
            int minutes,
            String location,
            Long scheduledById,
            Instant now) {
        if (kind == null) {
            throw new RuleViolation("kind", "alignment.meeting.kind.missing");
        }
        requireLength(minutes);
        requirePlaceFits(location);
        this.engagementId = engagementId;
        this.kind = kind;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.location = Texts.clean(location);
        this.status = MeetingStatus.SCHEDULED;
        this.scheduledById = scheduledById;
        this.createdAt = now;
        this.calendarUid = "alignment-" + UUID.randomUUID() + "@triad";
        this.calendarSequence = 0;
    }

    /** A new meeting, booked by the client or the coach. */
    public static AlignmentMeeting schedule(
            Long engagementId,
            MeetingKind kind,
            Instant startsAt,
            int minutes,
            String location,
            Long scheduledById,
            Instant now) {
        return new AlignmentMeeting(engagementId, kind, startsAt, minutes, location, scheduledById, now);
    }

    /** The checklist of this meeting's kind, every item still open. */
    List<AgendaItem> newChecklist() {
        List<AgendaTopic> topics = kind.agenda();
        return java.util.stream.IntStream.range(0, topics.size())
                .mapToObj(i -> new AgendaItem(this, topics.get(i), i + 1))
                .toList();
    }

    /** "Before the meeting the client prepares the objectives they will present." */
    void prepareObjectives(String text, Instant at) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolation(
                    "objectives",
                    "alignment.meeting.objectives.fixed",
                    status.label().toLowerCase());
        }
        this.clientObjectives = Texts.clean(text);
        this.objectivesUpdatedAt = at;
    }

    /** Moves the meeting to another time (and, if given, another length or place); calendars move the same event. */
    void moveTo(Instant newStart, int newMinutes, String newLocation, Long byId, String reason, Instant at) {
        requireScheduled("startsAt");
        requireLength(newMinutes);
        if (newStart.equals(startsAt)
                && newMinutes == minutes
                && java.util.Objects.equals(Texts.clean(newLocation), location)) {
            throw new RuleViolation("startsAt", "alignment.meeting.move.unchanged");
        }
        if (!newStart.equals(startsAt) && !newStart.isAfter(at)) {
            throw new RuleViolation("startsAt", "alignment.meeting.startsAt.begun");
        }
        if (!java.util.Objects.equals(Texts.clean(newLocation), location)) {
            requirePlaceFits(newLocation); // a link kept from before links were checked may stay as it is
        }
        this.startsAt = newStart;
        this.minutes = newMinutes;
        this.location = Texts.clean(newLocation);
        this.calendarSequence++;
        changed(byId, reason, at);
    }

    /**
     * A meeting has no format: its place is read from what was typed ({@link Venue#read}). What was meant as a link
     * must be a https one; any other text is a place or a phone number.
     */
    static void requirePlaceFits(String location) {
        if (MeetingLinks.looksLikeLink(location) && !MeetingLinks.isValid(location)) {
            throw new RuleViolation("location", "alignment.meeting.location.link");
        }
    }

    /** Where the meeting takes place; no place given: the coach's video link {@code coachLink}. */
    public Venue venue(String coachLink) {
        return Venue.read(location, coachLink, startsAt, startsAt.plus(Duration.ofMinutes(minutes)));
    }

    void cancel(Long byId, String reason, Instant at) {
        requireScheduled("reason");
        this.status = MeetingStatus.CANCELLED;
        changed(byId, reason, at);
    }

    /** The coach records that the meeting took place, once it has started. */
    void markHeld(Instant at) {
        requireScheduled("status");
        if (at.isBefore(startsAt)) {
            throw new RuleViolation("status", "alignment.meeting.held.notStarted");
        }
        this.status = MeetingStatus.HELD;
        this.heldAt = at;
    }

    /** Once its outcome is confirmed by all three, a meeting still marked scheduled has evidently been held. */
    void heldByConfirmation(Instant at) {
        if (status == MeetingStatus.SCHEDULED) {
            this.status = MeetingStatus.HELD;
            this.heldAt = at;
        }
    }

    /**
     * Writes the outcome: the first version, a rewrite of the current one while nobody has confirmed it, or else a new
     * version (the one before is kept, read-only). The initial meeting agrees on the reporting cadence too.
     *
     * @return the version to save (the current one, rewritten, or a new one)
     */
    AlignmentOutcome writeOutcome(Optional<AlignmentOutcome> current, OutcomeText text, Long byId, Instant at) {
        requireNotCancelled("agreedGoals");
        if (kind == MeetingKind.INITIAL && text.reportCadence() == null) {
            throw new RuleViolation("reportCadence", "alignment.meeting.reportCadence.missing");
        }
        if (current.isEmpty()) {
            return new AlignmentOutcome(this, 1, text, byId, at);
        }
        AlignmentOutcome latest = current.get();
        if (latest.isOpenToRewrite()) {
            latest.rewrite(text, byId, at);
            return latest;
        }
        return latest.revise(text, byId, at);
    }

    void requireNotCancelled(String field) {
        if (status == MeetingStatus.CANCELLED) {
            throw new RuleViolation(field, "alignment.meeting.cancelled");
        }
    }

    private void requireScheduled(String field) {
        if (status != MeetingStatus.SCHEDULED) {
            throw new RuleViolation(
                    field, "alignment.meeting.notScheduled", status.label().toLowerCase());
        }
    }

    private static void requireLength(int minutes) {
        if (minutes < 15 || minutes > 480) {
            throw new RuleViolation("minutes", "alignment.meeting.minutes.outOfRange");
        }
    }

    private void changed(Long byId, String reason, Instant at) {
        this.changedById = byId;
        this.changedAt = at;
        this.changeReason = Texts.clean(reason);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public boolean isScheduled() {
        return status == MeetingStatus.SCHEDULED;
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public String getLocation() {
        return location;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getClientObjectives() {
        return clientObjectives;
    }

    public Instant getObjectivesUpdatedAt() {
        return objectivesUpdatedAt;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public Long getScheduledById() {
        return scheduledById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public Long getChangedById() {
        return changedById;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public long getVersion() {
        return version;
    }
}
