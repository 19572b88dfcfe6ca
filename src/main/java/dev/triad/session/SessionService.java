package dev.triad.session;

import dev.triad.account.CurrentUser;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.calendar.BookedItem;
import dev.triad.calendar.BookedTimes;
import dev.triad.calendar.Bookings;
import dev.triad.calendar.Busy;
import dev.triad.calendar.TakenTimeMessages;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.HoursBalance;
import dev.triad.engagement.HoursEntry;
import dev.triad.engagement.HoursLedger;
import dev.triad.engagement.Participation;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.session.SessionEvents.AttendanceAlertRaised;
import dev.triad.session.SessionEvents.SessionCancelled;
import dev.triad.session.SessionEvents.SessionHeld;
import dev.triad.session.SessionEvents.SessionMoved;
import dev.triad.session.SessionEvents.SessionScheduled;
import dev.triad.session.SessionEvents.SummaryShared;
import dev.triad.system.Days;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.Numbers;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import dev.triad.system.WallTime;
import dev.triad.system.WallTime.Occurrence;
import dev.triad.system.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/** Scheduling and running coaching sessions, with the cancellation policy applied to every outcome. */
@Service
public class SessionService {

    private final CoachingSessions sessions;
    private final PrivateNotes privateNotes;
    private final AttendanceAlerts alerts;
    private final EngagementAccessPolicy policy;
    private final HoursLedger ledger;
    private final ActionStepService actionSteps;
    private final SessionCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final BookedTimes booked;
    private final TakenTimeMessages takenTimes;
    private final Bookings bookings;
    private final Zones zones;

    SessionService(
            CoachingSessions sessions,
            PrivateNotes privateNotes,
            AttendanceAlerts alerts,
            EngagementAccessPolicy policy,
            HoursLedger ledger,
            ActionStepService actionSteps,
            SessionCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock,
            AuditTrail audit,
            BookedTimes booked,
            TakenTimeMessages takenTimes,
            Bookings bookings,
            Zones zones) {
        this.audit = audit;
        this.booked = booked;
        this.takenTimes = takenTimes;
        this.bookings = bookings;
        this.zones = zones;
        this.actionSteps = actionSteps;
        this.calendar = calendar;
        this.sessions = sessions;
        this.privateNotes = privateNotes;
        this.alerts = alerts;
        this.policy = policy;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What the coach gives to book a session: the start as typed, in the typer's zone, and which of a repeated hour it
     * means ({@code occurrence}, null until the form has asked).
     */
    public record NewSession(
            LocalDateTime startsAt, int minutes, SessionFormat format, String location, Occurrence occurrence) {

        public NewSession(LocalDateTime startsAt, int minutes, SessionFormat format, String location) {
            this(startsAt, minutes, format, location, null);
        }
    }

    /** The sessions page: every participant sees dates and attendance; client and coach see more on each session. */
    public record SessionList(
            EngagementAccess access,
            List<CoachingSession> sessions,
            HoursBalance hours,
            List<AttendanceAlert> alerts,
            CancellationPolicy policy,
            Instant now) {

        public List<CoachingSession> upcoming() {
            return sessions.stream()
                    .filter(CoachingSession::isScheduled)
                    .sorted(Comparator.comparing(CoachingSession::getStartsAt))
                    .toList();
        }

        public List<CoachingSession> past() {
            return sessions.stream()
                    .filter(s -> !s.isScheduled())
                    .sorted(Comparator.comparing(CoachingSession::getStartsAt).reversed())
                    .toList();
        }

        public boolean showsDetails() {
            return access.may(EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        }
    }

    /**
     * One session as the client or the coach sees it; the private note is there for the coach only. What a change
     * would cost is asked of the policy with the engagement's sessions, exactly as the change itself asks it.
     */
    public record SessionView(
            EngagementAccess access,
            CoachingSession session,
            Optional<PrivateNote> privateNote,
            List<ActionStep> commitments,
            CancellationPolicy policy,
            Instant now,
            List<CoachingSession> engagementSessions,
            Duration correctionWindow,
            dev.triad.system.Venue venue) {

        /** Whether a cancellation by the client right now would be late. */
        public boolean lateIfClientCancelsNow() {
            return policy.isLate(session.getStartsAt(), now);
        }

        /** What {@code change} would come to if made now. */
        public SessionOutcome ifDoneNow(SessionChange change) {
            return policy.decide(session, change, now, engagementSessions);
        }

        /** What cancelling now would come to, for the person viewing (client or coach). */
        public SessionOutcome ifCancelledNow() {
            return ifDoneNow(SessionChange.cancelBy(access.isCoach() ? Participation.COACH : Participation.CLIENT));
        }

        /** What moving now would come to, for the person viewing (client or coach). */
        public SessionOutcome ifMovedNow() {
            return ifDoneNow(SessionChange.moveBy(access.isCoach() ? Participation.COACH : Participation.CLIENT));
        }

        public SessionOutcome ifHeld() {
            return ifDoneNow(SessionChange.HOLD);
        }

        public SessionOutcome ifNoShow() {
            return ifDoneNow(SessionChange.NO_SHOW);
        }

        /** Whether the coach may still correct the recorded outcome. */
        public boolean correctable() {
            return access.isCoach()
                    && access.engagement().getPhase().isActive()
                    && session.isCorrectable()
                    && !now.isAfter(session.correctableUntil(correctionWindow));
        }

        public Instant correctableUntil() {
            return session.correctableUntil(correctionWindow);
        }

        public boolean started() {
            return session.hasStarted(now);
        }
    }

    /** Scheduled sessions starting after {@code from} and no later than {@code until}, for reminders. */
    @Transactional(readOnly = true)
    public List<UpcomingSession> scheduledBetween(Instant from, Instant until) {
        return sessions.scheduledBetween(from, until);
    }

    @Transactional
    public CoachingSession schedule(Long engagementId, NewSession request, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.SCHEDULE_SESSION);
        Engagement engagement = access.engagement();
        if (!engagement.getPhase().isActive()) {
            throw new RuleViolation("startsAt", "session.engagement.closed");
        }
        if (request.startsAt().toLocalDate().isBefore(engagement.getStartsOn())) {
            throw new RuleViolation(
                    "startsAt",
                    "session.session.startsAt.beforeEngagement",
                    dev.triad.system.Days.of(engagement.getStartsOn()));
        }
        Instant startsAt = typed(request.startsAt(), request.occurrence(), me);
        if (startsAt.isAfter(ZonedDateTime.now(clock).plusYears(2).toInstant())) {
            throw new RuleViolation("startsAt", "session.session.startsAt.tooFar");
        }
        CoachingSession.requireNotBegun(startsAt, clock.instant());
        CoachingSession session = sessions.save(CoachingSession.schedule(
                engagementId,
                startsAt,
                request.minutes(),
                request.format(),
                request.location(),
                me.id(),
                clock.instant()));
        book(session, engagement, me);
        events.publishEvent(new SessionScheduled(engagementId, session.getId()));
        return session;
    }

    /** A session repeated every {@code everyWeeks} weeks, {@code times} sessions in all (the first included). */
    public record Repeat(int everyWeeks, int times) {
        public static final int MOST_WEEKS = 8;
        public static final int MOST_TIMES = 26;
    }

    /**
     * The coach books a series: the first session as {@link #schedule} books it, then one every {@code everyWeeks}
     * weeks at the same time of day. All or none: every occurrence must be free for coach and client, the series must
     * end by the engagement's planned end, and its hours must fit in what the contract has left once the sessions
     * already booked are counted. Each occurrence is a session of its own (its own invitation, moved or cancelled on
     * its own).
     */
    @Transactional
    public List<CoachingSession> scheduleSeries(Long engagementId, NewSession first, Repeat repeat, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.SCHEDULE_SESSION);
        Engagement engagement = access.engagement();
        if (repeat.everyWeeks() < 1 || repeat.everyWeeks() > Repeat.MOST_WEEKS) {
            throw new RuleViolation("repeatEveryWeeks", "session.series.everyWeeks.outOfRange", Repeat.MOST_WEEKS);
        }
        if (repeat.times() < 2 || repeat.times() > Repeat.MOST_TIMES) {
            throw new RuleViolation("repeatTimes", "session.series.times.outOfRange", Repeat.MOST_TIMES);
        }
        List<NewSession> occurrences = IntStream.range(0, repeat.times())
                .mapToObj(n -> new NewSession(
                        first.startsAt().plusWeeks((long) n * repeat.everyWeeks()),
                        first.minutes(),
                        first.format(),
                        first.location(),
                        first.occurrence()))
                .toList();
        LocalDate lastDay = occurrences.get(occurrences.size() - 1).startsAt().toLocalDate();
        if (engagement.getPlannedEndOn() != null && lastDay.isAfter(engagement.getPlannedEndOn())) {
            throw new RuleViolation(
                    "repeatTimes",
                    "session.series.afterPlannedEnd",
                    Days.of(lastDay),
                    Days.of(engagement.getPlannedEndOn()));
        }
        BigDecimal needed = BigDecimal.valueOf((long) first.minutes() * repeat.times())
                .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        BigDecimal alreadyBooked = sessions.inOrderOfStart(engagementId).stream()
                .filter(CoachingSession::isScheduled)
                .map(CoachingSession::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = ledger.balanceOf(engagement).remaining().subtract(alreadyBooked);
        if (needed.compareTo(left) > 0) {
            throw new RuleViolation(
                    "repeatTimes",
                    "session.series.hours",
                    Numbers.plain(needed),
                    Numbers.plain(left.max(BigDecimal.ZERO)));
        }
        requireSeriesFree(engagement, occurrences, me);
        return occurrences.stream().map(one -> schedule(engagementId, one, me)).toList();
    }

    /** Every occurrence's time is free for coach and client; else the message names each that is not, and why. */
    private void requireSeriesFree(Engagement engagement, List<NewSession> occurrences, CurrentUser me) {
        if (engagement.getCoach() == null) {
            return;
        }
        Long coachId = engagement.getCoach().getId();
        Long clientId = engagement.getClient().getId();
        List<TakenTimeMessages.Clash> clashes = new ArrayList<>();
        for (NewSession one : occurrences) {
            Instant start = typed(one.startsAt(), one.occurrence(), me);
            Instant end = start.plus(Duration.ofMinutes(one.minutes()));
            List<Busy> busy = booked.busy(coachId, clientId, start, end);
            if (!busy.isEmpty()) {
                clashes.add(new TakenTimeMessages.Clash(start, busy));
            }
        }
        if (!clashes.isEmpty()) {
            throw takenTimes.seriesViolation("startsAt", clashes, occurrences.size(), coachId, clientId, me);
        }
    }

    /**
     * The client books a free time their coach published (the booking module found it free): the engagement's usual
     * session at {@code start}, scheduled by the client, with the same invitations as a session the coach schedules.
     */
    @Transactional
    public CoachingSession bookSlot(Long engagementId, Instant start, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.BOOK_SESSION);
        if (!access.engagement().getPhase().isActive()) {
            throw new RuleViolation("start", "session.engagement.closed");
        }
        CoachingSession.requireNotBegun(start, clock.instant());
        UsualSession usual = UsualSession.of(sessions.inOrderOfStart(engagementId));
        CoachingSession session = sessions.save(CoachingSession.schedule(
                engagementId, start, usual.minutes(), usual.format(), usual.location(), me.id(), clock.instant()));
        events.publishEvent(new SessionScheduled(engagementId, session.getId()));
        return session;
    }

    /**
     * The coach records a conversation that already took place: held at once, its time on the ledger, nobody
     * invited (no calendar email, no cancel or move links). It cannot lie in the future or before the engagement.
     */
    @Transactional
    public CoachingSession recordTookPlace(Long engagementId, NewSession request, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.RECORD_PAST_SESSION);
        Engagement engagement = access.engagement();
        if (!engagement.getPhase().isActive()) {
            throw new RuleViolation("startsAt", "session.engagement.closed");
        }
        if (request.startsAt().toLocalDate().isBefore(engagement.getStartsOn())) {
            throw new RuleViolation("startsAt", "session.session.startsAt.beforeEngagement", engagement.getStartsOn());
        }
        CoachingSession session = sessions.save(CoachingSession.tookPlace(
                engagementId,
                typed(request.startsAt(), request.occurrence(), me),
                request.minutes(),
                request.format(),
                request.location(),
                me.id(),
                clock.instant()));
        book(session, engagement, me);
        ledger.record(
                engagementId,
                HoursEntry.Kind.SESSION_HELD,
                session.hours(),
                "Session of " + when(session),
                session.getId(),
                me.id());
        events.publishEvent(new SessionHeld(engagementId, session.getId()));
        return session;
    }

    @Transactional(readOnly = true)
    public SessionList list(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        List<AttendanceAlert> shownAlerts =
                access.isHr() || access.isCoach() ? alerts.ofEngagement(engagementId) : List.of();
        return new SessionList(
                access,
                sessions.inOrderOfStart(engagementId),
                ledger.balanceOf(access.engagement()),
                shownAlerts,
                CancellationPolicy.of(access.engagement().getProgramme()),
                clock.instant());
    }

    /** The sessions of a page that offers {@code action} (the scheduling form): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public SessionList listFor(Long engagementId, EngagementAction action, CurrentUser me) {
        policy.requireOffered(engagementId, me, action);
        return list(engagementId, me);
    }

    /** The session for a page that offers {@code action} (a confirmation step, a correction): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public SessionView viewFor(Long engagementId, Long sessionId, EngagementAction action, CurrentUser me) {
        policy.requireOffered(engagementId, me, action);
        return view(engagementId, sessionId, me);
    }

    @Transactional(readOnly = true)
    public SessionView view(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        CoachingSession session = find(engagementId, sessionId);
        return new SessionView(
                access,
                session,
                privateNote(access, session),
                actionSteps.stepsFromSession(engagementId, sessionId, me),
                CancellationPolicy.of(access.engagement().getProgramme()),
                clock.instant(),
                sessions.inOrderOfStart(engagementId),
                Duration.ofDays(access.engagement().getProgramme().getOutcomeCorrectionDays()),
                session.venue(coachLink(access)));
    }

    /** The engagement's coach's default video link, read now: a coach's new link reaches every session to come. */
    private static String coachLink(EngagementAccess access) {
        var coach = access.engagement().getCoach();
        return coach == null ? null : coach.getMeetingLink();
    }

    /** The coach's private note, read only on the coach's path: nobody else's page can ask for it. */
    private Optional<PrivateNote> privateNote(EngagementAccess access, CoachingSession session) {
        if (!access.isCoach() || !access.may(EngagementContent.COACH_PRIVATE_NOTES)) {
            return Optional.empty();
        }
        return privateNotes.findById(session.getId());
    }

    /** The session's calendar entry (.ics) for its client or coach; a moved session gives the entry of where it moved to. */
    @Transactional(readOnly = true)
    public String calendarEntry(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        CoachingSession session = find(engagementId, sessionId);
        for (int hops = 0; session.getRescheduledToId() != null && hops < 50; hops++) {
            session = find(engagementId, session.getRescheduledToId());
        }
        return calendar.ics(session, access.engagement());
    }

    /**
     * The client writes the agenda of the session as it was at {@code version}.
     *
     * @throws StaleEdit when the session changed since (the agenda saved in another window, the session moved or held)
     */
    @Transactional
    public void writeAgenda(Long engagementId, Long sessionId, Long version, String agenda, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_AGENDA);
        CoachingSession session = find(engagementId, sessionId);
        StaleEdit.check(CoachingSession.class, sessionId, version, session.getVersion());
        session.writeAgenda(agenda, clock.instant());
    }

    /**
     * The coach records the summary on the session as it was at {@code version}.
     *
     * @throws StaleEdit when the session changed since
     */
    @Transactional
    public void recordSummary(Long engagementId, Long sessionId, Long version, String summary, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_SUMMARY);
        CoachingSession session = find(engagementId, sessionId);
        StaleEdit.check(CoachingSession.class, sessionId, version, session.getVersion());
        boolean hadSummary = session.getSummary() != null;
        session.recordSummary(summary, clock.instant());
        if (!hadSummary && session.getSummary() != null) {
            events.publishEvent(new SummaryShared(engagementId, sessionId));
        }
    }

    /**
     * The coach rewrites the private note as it was at {@code noteVersion} (null: there was no note).
     *
     * @throws StaleEdit when the note was written, changed or removed since
     */
    @Transactional
    public void writePrivateNote(Long engagementId, Long sessionId, Long noteVersion, String text, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_PRIVATE_NOTE);
        CoachingSession session = find(engagementId, sessionId);
        String clean = text == null ? "" : text.strip();
        Optional<PrivateNote> existing = privateNotes.findById(session.getId());
        if (!Objects.equals(noteVersion, existing.map(PrivateNote::getVersion).orElse(null))) {
            throw new StaleEdit(PrivateNote.class, sessionId);
        }
        if (clean.isEmpty()) {
            existing.ifPresent(privateNotes::delete);
        } else if (existing.isPresent()) {
            existing.get().rewrite(me.id(), clean, clock.instant());
        } else {
            privateNotes.save(new PrivateNote(session.getId(), me.id(), clean, clock.instant()));
        }
    }

    /**
     * The commitments made at the end of a held session: each becomes one of the client's action steps, in one move.
     * "Action steps are agreed upon at each meeting and it is the responsibility of the client to document and
     * move forward with these."
     */
    @Transactional
    public List<ActionStep> recordCommitments(
            Long engagementId, Long sessionId, List<String> commitments, LocalDate dueOn, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_SESSION_COMMITMENTS);
        CoachingSession session = find(engagementId, sessionId);
        if (session.getStatus() != SessionStatus.HELD) {
            throw new RuleViolation("commitments", "session.commitments.notHeld");
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock.withZone(zones.of(me))))) {
            throw new RuleViolation("dueOn", "session.commitments.dueOn.past");
        }
        List<ActionStep> steps = actionSteps.addCommitments(engagementId, sessionId, commitments, dueOn, me);
        if (steps.isEmpty()) {
            throw new RuleViolation("commitments", "session.commitments.missing");
        }
        return steps;
    }

    /** A session settled, with what the policy decided it comes to (for the confirmation message). */
    public record Settled(CoachingSession session, SessionOutcome outcome) {}

    /** The coach records the session as held: its time goes on the ledger. */
    @Transactional
    public SessionOutcome hold(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.RECORD_SESSION_OUTCOME);
        CoachingSession session = find(engagementId, sessionId);
        Instant at = clock.instant();
        SessionOutcome outcome = carryOut(
                engagementId, session, SessionChange.HOLD, policyOf(access), at, me, () -> session.hold(me.id(), at));
        events.publishEvent(new SessionHeld(engagementId, session.getId()));
        return outcome;
    }

    /** The coach records that the client did not come: "a no-show counts as a cancellation" and is deducted. */
    @Transactional
    public SessionOutcome recordNoShow(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.RECORD_SESSION_OUTCOME);
        CoachingSession session = find(engagementId, sessionId);
        Instant at = clock.instant();
        SessionOutcome outcome = carryOut(
                engagementId,
                session,
                SessionChange.NO_SHOW,
                policyOf(access),
                at,
                me,
                () -> session.noShow(me.id(), at));
        free(session);
        return outcome;
    }

    /** The client or the coach cancels; the policy decides whether it is late and what it costs. */
    @Transactional
    public Settled cancel(Long engagementId, Long sessionId, String reason, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.CANCEL_SESSION);
        Participation by = actingPart(access);
        CoachingSession session = find(engagementId, sessionId);
        CancellationPolicy rules = policyOf(access);
        Instant at = clock.instant();
        SessionOutcome outcome = carryOut(
                engagementId,
                session,
                SessionChange.cancelBy(by),
                rules,
                at,
                me,
                () -> session.cancel(by, me.id(), at, reason, rules));
        free(session);
        events.publishEvent(new SessionCancelled(
                engagementId,
                session.getId(),
                outcome.late(),
                outcome.deducts(),
                outcome.runCounts() ? outcome.inARow() : 0));
        return new Settled(session, outcome);
    }

    /** A session moved: where it went, and what the old time came to. */
    public record Moved(CoachingSession to, SessionOutcome outcome) {}

    /** The client or the coach moves the session to another time; a client moving it at short notice cancels late. */
    @Transactional
    public Moved move(Long engagementId, Long sessionId, LocalDateTime newStart, String reason, CurrentUser me) {
        return move(engagementId, sessionId, newStart, null, reason, me);
    }

    /**
     * {@link #move(Long, Long, LocalDateTime, String, CurrentUser)} to a start typed in the mover's zone, with which of
     * a repeated hour it means.
     */
    @Transactional
    public Moved move(
            Long engagementId,
            Long sessionId,
            LocalDateTime newStart,
            Occurrence occurrence,
            String reason,
            CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.MOVE_SESSION);
        Participation by = actingPart(access);
        CoachingSession session = find(engagementId, sessionId);
        CancellationPolicy rules = policyOf(access);
        Instant at = clock.instant();
        Instant to = typed(newStart, occurrence, me);
        CoachingSession[] moved = new CoachingSession[1];
        SessionOutcome outcome = carryOut(
                engagementId,
                session,
                SessionChange.moveBy(by),
                rules,
                at,
                me,
                () -> moved[0] = session.moveTo(to, by, me.id(), at, reason, rules));
        sessions.save(moved[0]);
        free(session);
        book(moved[0], access.engagement(), me);
        session.pointTo(moved[0]);
        events.publishEvent(new SessionMoved(engagementId, session.getId(), moved[0].getId()));
        return new Moved(moved[0], outcome);
    }

    /**
     * The coach corrects a recorded outcome (held, no-show, not held), with a reason, within the programme's window:
     * the lines the old outcome wrote are reversed (kept, with their reversal) and the new outcome's lines written,
     * as the policy decides them now; the correction is audited without its reason.
     * <p>
     * An alert already raised for a run stays (HR acknowledges it; the audit log shows the correction); a correction
     * that makes a new run reach the threshold alerts as any cancellation would. Lines written for other sessions of
     * a run (their "in a row" deduction) are not rewritten: HR adjusts them if a correction undoes the run.
     */
    @Transactional
    public SessionOutcome correct(Long engagementId, Long sessionId, SessionStatus to, String reason, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.CORRECT_SESSION_OUTCOME);
        if (!access.engagement().getPhase().isActive()) {
            throw new RuleViolation("outcome", "session.engagement.closed");
        }
        CoachingSession session = find(engagementId, sessionId);
        SessionStatus from = session.getStatus();
        SessionChange change = switch (to == null ? SessionStatus.SCHEDULED : to) {
            case HELD -> SessionChange.CORRECT_TO_HELD;
            case NO_SHOW -> SessionChange.CORRECT_TO_NO_SHOW;
            case CANCELLED -> SessionChange.CORRECT_TO_NOT_HELD;
            default -> throw new RuleViolation("outcome", "session.outcome.missing");
        };
        Instant at = clock.instant();
        Duration window = Duration.ofDays(access.engagement().getProgramme().getOutcomeCorrectionDays());
        CancellationPolicy rules = policyOf(access);
        List<CoachingSession> byStart = sessions.inOrderOfStart(engagementId);
        SessionOutcome outcome = rules.decide(session, change, at, byStart);
        session.correct(to, me.id(), at, reason, window);
        ledger.reverseSessionLines(
                session.getId(),
                "Correction: " + from.label().toLowerCase() + " → " + to.label().toLowerCase() + "; session of "
                        + when(session),
                me.id());
        record(engagementId, session, outcome, me);
        audit.record(
                AuditKind.SESSION_OUTCOME_CORRECTED,
                me.email(),
                "session " + sessionId + " of engagement " + engagementId,
                from.name() + " to " + to.name());
        if (to == SessionStatus.HELD) {
            events.publishEvent(new SessionHeld(engagementId, session.getId()));
        }
        return outcome;
    }

    /**
     * Decides what {@code change} comes to (before anything changes, as the page that announced it did), lets the
     * session settle, and records what was decided: the ledger lines, the run, HR's alert.
     */
    private SessionOutcome carryOut(
            Long engagementId,
            CoachingSession session,
            SessionChange change,
            CancellationPolicy rules,
            Instant at,
            CurrentUser me,
            Runnable settle) {
        SessionOutcome outcome = rules.decide(session, change, at, sessions.inOrderOfStart(engagementId));
        settle.run();
        if (session.getStatus() != outcome.status()) {
            throw new IllegalStateException(
                    "The session settled as " + session.getStatus() + ", not as decided: " + outcome.status());
        }
        record(engagementId, session, outcome, me);
        return outcome;
    }

    private void record(Long engagementId, CoachingSession session, SessionOutcome outcome, CurrentUser me) {
        for (SessionOutcome.Charge charge : outcome.charges()) {
            String note = charge.kind() == HoursEntry.Kind.CONSECUTIVE_CANCELLATION
                    ? outcome.inARow() + " cancellations in a row; session of " + when(session)
                    : "Session of " + when(session);
            ledger.record(engagementId, charge.kind(), charge.hours(), note, session.getId(), me.id());
        }
        if (outcome.runCounts()) {
            outcome.run().forEach(CoachingSession::markInAttendanceAlert);
        }
        if (outcome.alertsHr()) {
            AttendanceAlert alert =
                    alerts.save(new AttendanceAlert(engagementId, session.getId(), outcome.inARow(), clock.instant()));
            events.publishEvent(
                    new AttendanceAlertRaised(engagementId, alert.getId(), outcome.inARow(), alert.getRaisedAt()));
        }
    }

    private static CancellationPolicy policyOf(EngagementAccess access) {
        return CancellationPolicy.of(access.engagement().getProgramme());
    }

    @Transactional(readOnly = true)
    public List<AttendanceAlert> openAlerts(CurrentUser me) {
        if (!me.isHr()) {
            throw new ForbiddenException("Attendance alerts are for HR administrators");
        }
        return alerts.open();
    }

    @Transactional
    public void acknowledge(Long engagementId, Long alertId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.ACKNOWLEDGE_ATTENDANCE_ALERT);
        AttendanceAlert alert = alerts.findById(alertId)
                .filter(a -> a.getEngagementId().equals(engagementId))
                .orElseThrow(() -> new NotFoundException("Alert"));
        alert.acknowledge(me.id(), clock.instant());
    }

    /** Who is acting: the coach when the viewer coaches this engagement, else its client (the policy let no one else act). */
    private static Participation actingPart(EngagementAccess access) {
        if (access.isCoach()) {
            return Participation.COACH;
        }
        if (access.isClient()) {
            return Participation.CLIENT;
        }
        throw new ForbiddenException("Only the client or the coach may change a session");
    }

    /**
     * The session holds its time for the engagement's coach and client; a time either already holds elsewhere is
     * refused, naming what holds it when {@code me} may see that. An engagement without a coach books nothing.
     */
    private void book(CoachingSession session, Engagement engagement, CurrentUser me) {
        bookings.hold(BookedItem.SESSION, session.getId(), engagement, session.getStartsAt(), session.endsAt(), me);
    }

    /** The session no longer holds its time (cancelled, missed, moved away). */
    private void free(CoachingSession session) {
        booked.free(BookedItem.SESSION, session.getId());
    }

    private CoachingSession find(Long engagementId, Long sessionId) {
        return sessions.findInEngagement(engagementId, sessionId).orElseThrow(() -> new NotFoundException("Session"));
    }

    /** A time as {@code me} typed it, in their zone: refused when the clocks skip it, asked which when they repeat it. */
    private Instant typed(LocalDateTime local, Occurrence occurrence, CurrentUser me) {
        return WallTime.instant(local, zones.of(me), "startsAt", occurrence);
    }

    /** The session's time in the ledger's words, which every reader shares: the organisation's zone. */
    private String when(CoachingSession session) {
        return Days.dateTime(session.getStartsAt().atZone(zones.organisation()));
    }
}
