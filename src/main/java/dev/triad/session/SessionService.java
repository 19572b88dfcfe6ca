package dev.triad.session;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.HoursBalance;
import dev.triad.engagement.HoursEntry;
import dev.triad.engagement.HoursLedger;
import dev.triad.engagement.Participation;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.session.CancellationStreak.Verdict;
import dev.triad.session.SessionEvents.AttendanceAlertRaised;
import dev.triad.session.SessionEvents.SessionCancelled;
import dev.triad.session.SessionEvents.SessionHeld;
import dev.triad.session.SessionEvents.SessionMoved;
import dev.triad.session.SessionEvents.SessionScheduled;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Scheduling and running coaching sessions, with the cancellation policy applied to every outcome. */
@Service
public class SessionService {

    private static final DateTimeFormatter NOTE_DATE = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final CoachingSessions sessions;
    private final PrivateNotes privateNotes;
    private final AttendanceAlerts alerts;
    private final EngagementAccessPolicy policy;
    private final HoursLedger ledger;
    private final ActionStepService actionSteps;
    private final SessionCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SessionService(CoachingSessions sessions, PrivateNotes privateNotes, AttendanceAlerts alerts, EngagementAccessPolicy policy,
                   HoursLedger ledger, ActionStepService actionSteps, SessionCalendar calendar, ApplicationEventPublisher events,
                   Clock clock) {
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

    /** What the coach gives to book a session; the start is a local time in Triad's zone. */
    public record NewSession(LocalDateTime startsAt, int minutes, SessionFormat format, String location) {
    }

    /** The sessions page: every participant sees dates and attendance; client and coach see more on each session. */
    public record SessionList(EngagementAccess access, List<CoachingSession> sessions, HoursBalance hours,
                              List<AttendanceAlert> alerts, CancellationPolicy policy, Instant now) {

        public List<CoachingSession> upcoming() {
            return sessions.stream().filter(CoachingSession::isScheduled).sorted(Comparator.comparing(CoachingSession::getStartsAt)).toList();
        }

        public List<CoachingSession> past() {
            return sessions.stream().filter(s -> !s.isScheduled()).sorted(Comparator.comparing(CoachingSession::getStartsAt).reversed()).toList();
        }

        public boolean showsDetails() {
            return access.may(EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        }
    }

    /** One session as the client or the coach sees it; the private note is there for the coach only. */
    public record SessionView(EngagementAccess access, CoachingSession session, Optional<PrivateNote> privateNote,
                              List<ActionStep> commitments, CancellationPolicy policy, Instant now) {

        /** Whether a cancellation by the client right now would be late. */
        public boolean lateIfClientCancelsNow() {
            return policy.isLate(session.getStartsAt(), now);
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

    public ZoneId zone() {
        return clock.getZone();
    }

    @Transactional
    public CoachingSession schedule(Long engagementId, NewSession request, CurrentUser me) {
        EngagementAccess access = asCoach(engagementId, me);
        Engagement engagement = access.engagement();
        if (!engagement.getPhase().isActive()) {
            throw new RuleViolation("startsAt", "This engagement is closed");
        }
        if (request.startsAt().toLocalDate().isBefore(engagement.getStartsOn())) {
            throw new RuleViolation("startsAt", "The engagement starts on " + dev.triad.system.Days.of(engagement.getStartsOn()) + "; choose a later date");
        }
        if (request.startsAt().isAfter(LocalDateTime.now(clock).plusYears(2))) {
            throw new RuleViolation("startsAt", "Choose a date within the next two years");
        }
        CoachingSession session = sessions.save(CoachingSession.schedule(engagementId, request.startsAt().atZone(zone()).toInstant(),
                request.minutes(), request.format(), request.location(), me.id(), clock.instant()));
        events.publishEvent(new SessionScheduled(engagementId, session.getId()));
        return session;
    }

    @Transactional(readOnly = true)
    public SessionList list(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        List<AttendanceAlert> shownAlerts = access.isHr() || access.isCoach() ? alerts.ofEngagement(engagementId) : List.of();
        return new SessionList(access, sessions.inOrderOfStart(engagementId), ledger.balanceOf(access.engagement()),
                shownAlerts, CancellationPolicy.of(access.engagement().getProgramme()), clock.instant());
    }

    @Transactional(readOnly = true)
    public SessionView view(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        CoachingSession session = find(engagementId, sessionId);
        return new SessionView(access, session, privateNote(access, session), actionSteps.stepsFromSession(engagementId, sessionId, me),
                CancellationPolicy.of(access.engagement().getProgramme()), clock.instant());
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
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        if (!access.isClient()) {
            throw new ForbiddenException("The client writes the agenda");
        }
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
        asCoach(engagementId, me);
        CoachingSession session = find(engagementId, sessionId);
        StaleEdit.check(CoachingSession.class, sessionId, version, session.getVersion());
        session.recordSummary(summary, clock.instant());
    }

    /**
     * The coach rewrites the private note as it was at {@code noteVersion} (null: there was no note).
     *
     * @throws StaleEdit when the note was written, changed or removed since
     */
    @Transactional
    public void writePrivateNote(Long engagementId, Long sessionId, Long noteVersion, String text, CurrentUser me) {
        asCoach(engagementId, me);
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
    public List<ActionStep> recordCommitments(Long engagementId, Long sessionId, List<String> commitments, LocalDate dueOn, CurrentUser me) {
        asCoach(engagementId, me);
        CoachingSession session = find(engagementId, sessionId);
        if (session.getStatus() != SessionStatus.HELD) {
            throw new RuleViolation("commitments", "Record the commitments once the session has been held");
        }
        if (dueOn != null && dueOn.isBefore(LocalDate.now(clock))) {
            throw new RuleViolation("dueOn", "Choose a due date from today on");
        }
        List<ActionStep> steps = actionSteps.addCommitments(engagementId, sessionId, commitments, dueOn, me);
        if (steps.isEmpty()) {
            throw new RuleViolation("commitments", "Write at least one commitment, one per line");
        }
        return steps;
    }

    /** The coach records the session as held: its time goes on the ledger. */
    @Transactional
    public void hold(Long engagementId, Long sessionId, CurrentUser me) {
        asCoach(engagementId, me);
        CoachingSession session = find(engagementId, sessionId);
        session.hold(me.id(), clock.instant());
        ledger.record(engagementId, HoursEntry.Kind.SESSION_HELD, session.hours(), "Session of " + when(session), session.getId(), me.id());
        events.publishEvent(new SessionHeld(engagementId, session.getId()));
    }

    /** The coach records that the client did not come: "a no-show counts as a cancellation" and is deducted. */
    @Transactional
    public void recordNoShow(Long engagementId, Long sessionId, CurrentUser me) {
        EngagementAccess access = asCoach(engagementId, me);
        CoachingSession session = find(engagementId, sessionId);
        session.noShow(me.id(), clock.instant());
        applyPolicy(engagementId, session, CancellationPolicy.of(access.engagement().getProgramme()), me);
    }

    /** The client or the coach cancels; the policy decides whether it is late and what it costs. */
    @Transactional
    public CoachingSession cancel(Long engagementId, Long sessionId, String reason, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        Participation by = actingPart(access);
        CoachingSession session = find(engagementId, sessionId);
        CancellationPolicy rules = CancellationPolicy.of(access.engagement().getProgramme());
        session.cancel(by, me.id(), clock.instant(), reason, rules);
        applyPolicy(engagementId, session, rules, me);
        events.publishEvent(new SessionCancelled(engagementId, session.getId(), session.getStatus() == SessionStatus.LATE_CANCELLED));
        return session;
    }

    /** The client or the coach moves the session to another time; a client moving it at short notice cancels late. */
    @Transactional
    public CoachingSession move(Long engagementId, Long sessionId, LocalDateTime newStart, String reason, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        Participation by = actingPart(access);
        CoachingSession session = find(engagementId, sessionId);
        CancellationPolicy rules = CancellationPolicy.of(access.engagement().getProgramme());
        CoachingSession moved = sessions.save(session.moveTo(newStart.atZone(zone()).toInstant(), by, me.id(), clock.instant(), reason, rules));
        session.pointTo(moved);
        applyPolicy(engagementId, session, rules, me);
        events.publishEvent(new SessionMoved(engagementId, session.getId(), moved.getId()));
        return moved;
    }

    /**
     * After a client cancellation or no-show: deduct it when late or missed, then look at the run of
     * cancellations it belongs to — reaching the threshold deducts its time too and alerts HR, once per run.
     */
    private void applyPolicy(Long engagementId, CoachingSession session, CancellationPolicy rules, CurrentUser me) {
        if (!session.isClientCancellation()) {
            return;
        }
        if (session.isDeducted()) {
            HoursEntry.Kind kind = session.getStatus() == SessionStatus.NO_SHOW ? HoursEntry.Kind.NO_SHOW : HoursEntry.Kind.LATE_CANCELLATION;
            ledger.record(engagementId, kind, session.hours(), "Session of " + when(session), session.getId(), me.id());
        }
        Verdict verdict = CancellationStreak.judge(sessions.inOrderOfStart(engagementId), session, rules.consecutiveThreshold());
        if (verdict.deduct()) {
            ledger.record(engagementId, HoursEntry.Kind.CONSECUTIVE_CANCELLATION, session.hours(),
                    verdict.length() + " cancellations in a row; session of " + when(session), session.getId(), me.id());
        }
        if (verdict.alert()) {
            AttendanceAlert alert = alerts.save(new AttendanceAlert(engagementId, session.getId(), verdict.length(), clock.instant()));
            events.publishEvent(new AttendanceAlertRaised(engagementId, alert.getId(), verdict.length(), alert.getRaisedAt()));
        }
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
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        if (!access.isHr()) {
            throw new ForbiddenException("HR administrators acknowledge attendance alerts");
        }
        AttendanceAlert alert = alerts.findById(alertId).filter(a -> a.getEngagementId().equals(engagementId))
                .orElseThrow(() -> new NotFoundException("Alert"));
        alert.acknowledge(me.id(), clock.instant());
    }

    private EngagementAccess asCoach(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        if (!access.isCoach()) {
            throw new ForbiddenException("Only the engagement’s coach may do this");
        }
        return access;
    }

    /** Who is acting: the coach when the viewer coaches this engagement, else its client. */
    private static Participation actingPart(EngagementAccess access) {
        if (access.isCoach()) {
            return Participation.COACH;
        }
        if (access.isClient()) {
            return Participation.CLIENT;
        }
        throw new ForbiddenException("Only the client or the coach may change a session");
    }

    private CoachingSession find(Long engagementId, Long sessionId) {
        return sessions.findInEngagement(engagementId, sessionId).orElseThrow(() -> new NotFoundException("Session"));
    }

    private String when(CoachingSession session) {
        return NOTE_DATE.format(session.getStartsAt().atZone(zone()));
    }
}
