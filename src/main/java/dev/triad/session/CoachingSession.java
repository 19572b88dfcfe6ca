package dev.triad.session;

import dev.triad.engagement.Participation;
import dev.triad.system.MeetingLinks;
import dev.triad.system.PhoneNumbers;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One coaching session of an engagement. The client writes its agenda beforehand; the coach records a
 * summary (shared with the client) once it is held. Its outcome — held, cancelled in time, late-cancelled,
 * no-show, rescheduled — is settled once, by the methods below, which apply the cancellation policy.
 * The coach's private notes are not here on purpose: see {@link PrivateNote}.
 */
@Entity
public class CoachingSession {

    /** The note of a session cancelled because its engagement closed. */
    static final String ENGAGEMENT_CLOSED = "Cancelled because the engagement closed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Instant startsAt;

    private int minutes;

    @Enumerated(EnumType.STRING)
    private SessionFormat format;

    private String location;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    private String agenda;

    private Instant agendaUpdatedAt;

    private String summary;

    private Instant summaryUpdatedAt;

    private Long outcomeById;

    @Enumerated(EnumType.STRING)
    private Participation outcomeByRole;

    private Instant outcomeAt;

    private String outcomeNote;

    private Long rescheduledToId;

    private String calendarUid;

    private int calendarSequence;

    private boolean inAttendanceAlert;

    private Long scheduledById;

    private Instant createdAt;

    @Version
    private long version;

    protected CoachingSession() {}

    private CoachingSession(
            Long engagementId,
            Instant startsAt,
            int minutes,
            SessionFormat format,
            String location,
            Long scheduledById,
            Instant createdAt,
            String calendarUid,
            int calendarSequence) {
        if (minutes < 15 || minutes > 480) {
            throw new RuleViolation("minutes", "session.session.minutes.outOfRange");
        }
        this.engagementId = engagementId;
        this.startsAt = startsAt;
        this.minutes = minutes;
        this.format = format;
        this.location = Texts.clean(location);
        this.status = SessionStatus.SCHEDULED;
        this.scheduledById = scheduledById;
        this.createdAt = createdAt;
        this.calendarUid = calendarUid;
        this.calendarSequence = calendarSequence;
    }

    /**
     * A conversation that already took place, recorded by the coach: held at once, never booked, so nobody is
     * invited and it has no cancel or move links.
     */
    public static CoachingSession tookPlace(
            Long engagementId,
            Instant startsAt,
            int minutes,
            SessionFormat format,
            String location,
            Long coachId,
            Instant now) {
        if (startsAt.isAfter(now)) {
            throw new RuleViolation("startsAt", "session.session.past.notBegun");
        }
        CoachingSession session = schedule(engagementId, startsAt, minutes, format, location, coachId, now);
        session.settle(SessionStatus.HELD, coachId, Participation.COACH, now, null);
        return session;
    }

    /** A new session, with a calendar identity of its own. */
    public static CoachingSession schedule(
            Long engagementId,
            Instant startsAt,
            int minutes,
            SessionFormat format,
            String location,
            Long coachId,
            Instant now) {
        requirePlaceFits(format, location);
        return new CoachingSession(
                engagementId, startsAt, minutes, format, location, coachId, now, UUID.randomUUID() + "@triad", 0);
    }

    /**
     * What the location means by format: for video a https link of the session's own (none: the coach's default link,
     * read when shown), for phone a number, in person a place. Checked when booking; a move keeps the place as it is,
     * so a link saved before links were checked is kept, and shown as text ({@link Venue}).
     */
    static void requirePlaceFits(SessionFormat format, String location) {
        if (format == SessionFormat.VIDEO && !MeetingLinks.isValidOrEmpty(location)) {
            throw new RuleViolation("location", "session.session.location.link");
        }
        if (format == SessionFormat.PHONE
                && location != null
                && !location.isBlank()
                && !PhoneNumbers.isValid(location)) {
            throw new RuleViolation("location", "session.session.location.phone");
        }
    }

    /** Where the session takes place, with {@code coachLink} (the coach's default) for a video session without one. */
    public Venue venue(String coachLink) {
        Instant endsAt = startsAt.plus(Duration.ofMinutes(minutes));
        if (format == SessionFormat.IN_PERSON) {
            return Venue.inPerson(location, startsAt, endsAt);
        }
        if (format == SessionFormat.PHONE) {
            return Venue.phone(location, startsAt, endsAt);
        }
        return Venue.video(location, coachLink, startsAt, endsAt);
    }

    /** The client's agenda: "a list of questions, a concern, or an opportunity", written before the session. */
    void writeAgenda(String text, Instant at) {
        requireScheduled("agenda", "session.session.agenda.over");
        this.agenda = Texts.clean(text);
        this.agendaUpdatedAt = at;
    }

    /** The summary the coach shares with the client, once the session has been held. */
    void recordSummary(String text, Instant at) {
        if (status != SessionStatus.HELD) {
            throw new RuleViolation("summary", "session.session.summary.notHeld");
        }
        this.summary = Texts.clean(text);
        this.summaryUpdatedAt = at;
    }

    void hold(Long coachId, Instant at) {
        requireScheduled("outcome", "session.session.outcome.recorded");
        if (at.isBefore(startsAt)) {
            throw new RuleViolation("outcome", "session.session.held.notStarted");
        }
        settle(SessionStatus.HELD, coachId, Participation.COACH, at, null);
    }

    /** The client did not come: recorded by the coach once the session should have started. */
    void noShow(Long coachId, Instant at) {
        requireScheduled("outcome", "session.session.outcome.recorded");
        if (at.isBefore(startsAt)) {
            throw new RuleViolation("outcome", "session.session.noShow.notStarted");
        }
        settle(SessionStatus.NO_SHOW, coachId, Participation.COACH, at, null);
    }

    /**
     * Cancels the session. A client who cancels with less than the policy's notice cancels late;
     * a coach's cancellation is never late and never costs the client anything.
     */
    void cancel(Participation by, Long byId, Instant at, String reason, CancellationPolicy policy) {
        requireScheduled("reason", "session.session.notScheduled");
        settle(policy.statusAfter(SessionChange.cancelBy(by), startsAt, at), byId, by, at, reason);
    }

    /**
     * The engagement closed before the session took place: it is cancelled on no one's part (no role), never late and
     * never deducted, with the reason kept as its note.
     */
    void cancelAsEngagementClosed(Long closedById, Instant at) {
        requireScheduled("reason", "session.session.notScheduled");
        settle(SessionStatus.CANCELLED, closedById, null, at, ENGAGEMENT_CLOSED);
    }

    /** Cancelled because the engagement closed: the only cancellation that is on no one's part. */
    public boolean isCancelledAsEngagementClosed() {
        return status == SessionStatus.CANCELLED && outcomeByRole == null;
    }

    /**
     * Moves the session: this one is settled as rescheduled and a new one is booked at {@code newStart} with the
     * same calendar identity and a higher sequence, so calendars move the event. A client moving it at shorter
     * notice than the policy asks cancels late: the time is deducted as for any late cancellation.
     */
    CoachingSession moveTo(
            Instant newStart, Participation by, Long byId, Instant at, String reason, CancellationPolicy policy) {
        requireScheduled("startsAt", "session.session.notScheduled");
        if (newStart.equals(startsAt)) {
            throw new RuleViolation("startsAt", "session.session.move.unchanged");
        }
        requireNotBegun(newStart, at);
        settle(policy.statusAfter(SessionChange.moveBy(by), startsAt, at), byId, by, at, reason);
        CoachingSession moved = new CoachingSession(
                engagementId, newStart, minutes, format, location, byId, at, calendarUid, calendarSequence + 1);
        moved.agenda = agenda;
        moved.agendaUpdatedAt = agendaUpdatedAt;
        return moved;
    }

    /** A time to book or move to must not have begun: a session in the past is recorded, not booked. */
    static void requireNotBegun(Instant start, Instant now) {
        if (!start.isAfter(now)) {
            throw new RuleViolation("startsAt", "session.session.startsAt.begun");
        }
    }

    /**
     * The coach corrects a recorded outcome (held, no-show, not held) within the programme's window after the
     * session; the reason is kept with the outcome.
     */
    void correct(SessionStatus outcome, Long coachId, Instant at, String reason, java.time.Duration window) {
        if (!isCorrectable()) {
            throw new RuleViolation("outcome", "session.correction.notCorrectable");
        }
        if (outcome == status) {
            throw new RuleViolation("outcome", "session.correction.outcome.unchanged");
        }
        if (outcome != SessionStatus.HELD && outcome != SessionStatus.NO_SHOW && outcome != SessionStatus.CANCELLED) {
            throw new RuleViolation("outcome", "session.outcome.missing");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "session.correction.reason.missing");
        }
        if (at.isAfter(correctableUntil(window))) {
            throw new RuleViolation("outcome", "session.correction.tooLate");
        }
        settle(outcome, coachId, Participation.COACH, at, reason);
    }

    /** The outcomes a coach recorded (held, no-show, or cancelled by the coach) are the ones a coach may correct. */
    public boolean isCorrectable() {
        return status == SessionStatus.HELD
                || status == SessionStatus.NO_SHOW
                || status == SessionStatus.CANCELLED && outcomeByRole == Participation.COACH && rescheduledToId == null;
    }

    public Instant correctableUntil(java.time.Duration window) {
        return startsAt.plus(window);
    }

    void pointTo(CoachingSession moved) {
        this.rescheduledToId = moved.getId();
    }

    private void settle(SessionStatus outcome, Long byId, Participation by, Instant at, String note) {
        this.status = outcome;
        this.outcomeById = byId;
        this.outcomeByRole = by;
        this.outcomeAt = at;
        this.outcomeNote = Texts.clean(note);
    }

    private void requireScheduled(String field, String code) {
        if (status != SessionStatus.SCHEDULED) {
            throw new RuleViolation(field, code);
        }
    }

    /** Cancelled by the client (in time or late) or a no-show: what counts towards cancellations in a row. */
    public boolean isClientCancellation() {
        return CancellationStreak.Attendance.of(status, outcomeByRole) == CancellationStreak.Attendance.CANCELLATION;
    }

    /** Whether the policy took this session's time for itself (late cancellation or no-show). */
    boolean isDeducted() {
        return status == SessionStatus.LATE_CANCELLED || status == SessionStatus.NO_SHOW;
    }

    /** Who settled it, as pages say it: a no-show is the client's absence, only recorded by the coach. */
    public String settledByText() {
        if (outcomeByRole == null || status == SessionStatus.HELD || status == SessionStatus.SCHEDULED) {
            return "";
        }
        if (status == SessionStatus.NO_SHOW) {
            return "recorded by the coach";
        }
        return "by the " + outcomeByRole.name().toLowerCase();
    }

    void markInAttendanceAlert() {
        this.inAttendanceAlert = true;
    }

    /** The session's length in hours, as the ledger counts it. */
    public BigDecimal hours() {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    public boolean isScheduled() {
        return status == SessionStatus.SCHEDULED;
    }

    public boolean hasStarted(Instant now) {
        return !now.isBefore(startsAt);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public String getLocation() {
        return location;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getAgenda() {
        return agenda;
    }

    public Instant getAgendaUpdatedAt() {
        return agendaUpdatedAt;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getSummaryUpdatedAt() {
        return summaryUpdatedAt;
    }

    public Long getOutcomeById() {
        return outcomeById;
    }

    public Participation getOutcomeByRole() {
        return outcomeByRole;
    }

    public Instant getOutcomeAt() {
        return outcomeAt;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public Long getRescheduledToId() {
        return rescheduledToId;
    }

    public String getCalendarUid() {
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    public boolean isInAttendanceAlert() {
        return inAttendanceAlert;
    }

    public Long getScheduledById() {
        return scheduledById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
