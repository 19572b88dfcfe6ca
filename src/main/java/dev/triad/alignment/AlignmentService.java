package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentEvents.MeetingCancelled;
import dev.triad.alignment.AlignmentEvents.MeetingMoved;
import dev.triad.alignment.AlignmentEvents.MeetingScheduled;
import dev.triad.alignment.AlignmentEvents.OutcomeAwaitingConfirmation;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.SharedAssessment;
import dev.triad.calendar.BookedItem;
import dev.triad.calendar.BookedTimes;
import dev.triad.calendar.Bookings;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.Participation;
import dev.triad.engagement.PhaseFacts;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalService;
import dev.triad.goal.MeetingGoalInput;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import dev.triad.system.WallTime;
import dev.triad.system.WallTime.Occurrence;
import dev.triad.system.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Three-way alignment meetings: the client or the coach schedules, moves and cancels them; the client prepares the
 * objectives; the coach works the checklist, records the leader's input and writes the outcome; client, coach and leader
 * each confirm it. The leader and HR never reach anything here that the client has not shared: the only goals these
 * pages show are the shared ones, and HR sees no meeting at all.
 */
@Service
public class AlignmentService {

    private final AlignmentMeetings meetings;
    private final AgendaItems agendaItems;
    private final MeetingLeaderInputs leaderInputs;
    private final AlignmentOutcomes outcomes;
    private final ReportingAgreements agreements;
    private final EngagementAccessPolicy policy;
    private final GoalService goals;
    private final AssessmentService assessments;
    private final People users;
    private final AlignmentCalendar calendar;
    private final ApplicationEventPublisher events;
    private final AlignmentTime time;
    private final BookedTimes booked;
    private final Bookings bookings;
    private final Zones zones;

    AlignmentService(
            AlignmentMeetings meetings,
            AgendaItems agendaItems,
            MeetingLeaderInputs leaderInputs,
            AlignmentOutcomes outcomes,
            ReportingAgreements agreements,
            EngagementAccessPolicy policy,
            GoalService goals,
            AssessmentService assessments,
            People users,
            AlignmentCalendar calendar,
            ApplicationEventPublisher events,
            AlignmentTime time,
            BookedTimes booked,
            Bookings bookings,
            Zones zones) {
        this.booked = booked;
        this.bookings = bookings;
        this.zones = zones;
        this.meetings = meetings;
        this.agendaItems = agendaItems;
        this.leaderInputs = leaderInputs;
        this.outcomes = outcomes;
        this.agreements = agreements;
        this.policy = policy;
        this.goals = goals;
        this.assessments = assessments;
        this.users = users;
        this.calendar = calendar;
        this.events = events;
        this.time = time;
    }

    /**
     * What the client or the coach gives to book a meeting: the start as typed, in the typer's zone, and which of a
     * repeated hour it means ({@code occurrence}, null until the form has asked).
     */
    public record NewMeeting(
            MeetingKind kind, LocalDateTime startsAt, int minutes, String location, Occurrence occurrence) {

        public NewMeeting(MeetingKind kind, LocalDateTime startsAt, int minutes, String location) {
            this(kind, startsAt, minutes, location, null);
        }
    }

    /** A checklist item as the coach leaves it. */
    /** One checklist item as the coach leaves it; {@code version} is the item's version the page showed (null: not checked). */
    public record ItemEntry(Long itemId, boolean covered, String notes, Long version) {
        public ItemEntry(Long itemId, boolean covered, String notes) {
            this(itemId, covered, notes, null);
        }
    }

    /** The outcome version a page showed: its id and row version, or none when there was no outcome yet. */
    public record SeenOutcome(Long id, Long version) {
        boolean matches(Optional<AlignmentOutcome> current) {
            return current.map(o -> o.getId().equals(id) && version != null && o.getVersion() == version)
                    .orElse(id == null);
        }
    }

    /** The leader's words as the coach writes them down: on a topic, the answer to a question, or on a shared goal. */
    public record LeaderWords(LeaderInputTopic topic, String question, Long goalId, String text) {}

    /** The meetings page: every meeting of the engagement with its current outcome, and the reporting agreed. */
    public record MeetingList(
            EngagementAccess access,
            List<AlignmentMeeting> meetings,
            Map<Long, AlignmentOutcome> currentOutcomes,
            Optional<ReportingAgreement> reporting,
            Instant now) {

        public List<AlignmentMeeting> upcoming() {
            return meetings.stream()
                    .filter(m -> m.isScheduled() && m.endsAt().isAfter(now))
                    .toList();
        }

        public List<AlignmentMeeting> past() {
            return meetings.stream()
                    .filter(m -> !(m.isScheduled() && m.endsAt().isAfter(now)))
                    .sorted(Comparator.comparing(AlignmentMeeting::getStartsAt).reversed())
                    .toList();
        }

        public AlignmentOutcome outcomeOf(AlignmentMeeting meeting) {
            return currentOutcomes.get(meeting.getId());
        }

        /** The client and the coach book meetings. */
        public boolean maySchedule() {
            return (access.isClient() || access.isCoach())
                    && access.engagement().getPhase().isActive();
        }
    }

    /** One meeting as client, coach or leader sees it. */
    public record MeetingPage(
            EngagementAccess access,
            AlignmentMeeting meeting,
            List<AgendaItem> agenda,
            List<MeetingLeaderInput> leaderInput,
            List<MeetingGoalInput> goalInput,
            List<Goal> sharedGoals,
            List<AlignmentOutcome> versions,
            List<SharedAssessment> sharedAssessments,
            Instant now) {

        public Optional<AlignmentOutcome> current() {
            return versions.stream().filter(v -> !v.isSuperseded()).findFirst();
        }

        public List<AlignmentOutcome> earlier() {
            return versions.stream().filter(AlignmentOutcome::isSuperseded).toList();
        }

        /** Whether the viewer has a confirmation to give on the current version. */
        public boolean mayConfirm() {
            return !meeting.isCancelled()
                    && meeting.hasStarted(now)
                    && current()
                            .map(v -> partsOf(access).stream().anyMatch(v::awaits))
                            .orElse(false);
        }

        public boolean started() {
            return meeting.hasStarted(now);
        }

        public boolean mayChange() {
            return meeting.isScheduled() && (access.isClient() || access.isCoach());
        }

        public boolean isCoach() {
            return access.isCoach();
        }
    }

    @Transactional
    public AlignmentMeeting schedule(Long engagementId, NewMeeting request, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.SCHEDULE_ALIGNMENT_MEETING);
        Engagement engagement = access.engagement();
        if (!engagement.getPhase().isActive()) {
            throw new RuleViolation("kind", "alignment.engagement.closed");
        }
        if (engagement.getCoach() == null) {
            throw new RuleViolation("kind", "alignment.meeting.coach.missing");
        }
        if (request.kind() == null) {
            throw new RuleViolation("kind", "alignment.meeting.kind.missing");
        }
        if (request.kind().isOncePerEngagement() && meetings.hasActive(engagementId, request.kind())) {
            throw new RuleViolation(
                    "kind",
                    "alignment.meeting.kind.alreadyActive",
                    request.kind().label().toLowerCase());
        }
        Instant startsAt = typed(request.startsAt(), request.occurrence(), me);
        checkDate(engagement, request.startsAt(), startsAt);
        if (!startsAt.isAfter(time.now())) {
            throw new RuleViolation("startsAt", "alignment.meeting.startsAt.begun");
        }
        AlignmentMeeting meeting = meetings.save(AlignmentMeeting.schedule(
                engagementId, request.kind(), startsAt, request.minutes(), request.location(), me.id(), time.now()));
        book(meeting, engagement, me);
        agendaItems.saveAll(meeting.newChecklist());
        events.publishEvent(new MeetingScheduled(engagementId, meeting.getId()));
        return meeting;
    }

    /** A time as {@code me} typed it, in their zone: refused when the clocks skip it, asked which when they repeat it. */
    private Instant typed(LocalDateTime local, Occurrence occurrence, CurrentUser me) {
        return WallTime.instant(local, zones.of(me), "startsAt", occurrence);
    }

    /** The day typed is not before the engagement's first; the instant is not more than two years away. */
    private void checkDate(Engagement engagement, LocalDateTime typed, Instant startsAt) {
        if (typed.toLocalDate().isBefore(engagement.getStartsOn())) {
            throw new RuleViolation(
                    "startsAt",
                    "alignment.meeting.startsAt.beforeEngagement",
                    dev.triad.system.Days.of(engagement.getStartsOn()));
        }
        if (startsAt.isAfter(time.now().atZone(time.zone()).plusYears(2).toInstant())) {
            throw new RuleViolation("startsAt", "alignment.meeting.startsAt.tooFar");
        }
    }

    /** Scheduled meetings starting after {@code from} and no later than {@code until}, for reminders. */
    @Transactional(readOnly = true)
    public List<UpcomingMeeting> scheduledBetween(Instant from, Instant until) {
        return meetings.scheduledBetween(from, until);
    }

    @Transactional(readOnly = true)
    public MeetingList list(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.ALIGNMENT_AND_REPORTS);
        Map<Long, AlignmentOutcome> current = outcomes.ofEngagement(engagementId).stream()
                .filter(o -> !o.isSuperseded())
                .collect(Collectors.toMap(AlignmentOutcome::getMeetingId, Function.identity()));
        return new MeetingList(
                access, meetings.ofEngagement(engagementId), current, agreements.findById(engagementId), time.now());
    }

    /** The meetings of a page that offers {@code action} (the scheduling form): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public MeetingList listFor(Long engagementId, EngagementAction action, CurrentUser me) {
        policy.requireOffered(engagementId, me, action);
        return list(engagementId, me);
    }

    /** The meeting for a page that offers {@code action} (moving, cancelling, a form sent back): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public MeetingPage pageFor(Long engagementId, Long meetingId, EngagementAction action, CurrentUser me) {
        policy.requireOffered(engagementId, me, action);
        return page(engagementId, meetingId, me);
    }

    @Transactional(readOnly = true)
    public MeetingPage page(Long engagementId, Long meetingId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.ALIGNMENT_AND_REPORTS);
        AlignmentMeeting meeting = find(engagementId, meetingId);
        return new MeetingPage(
                access,
                meeting,
                agendaItems.ofMeeting(engagementId, meetingId),
                leaderInputs.ofMeeting(engagementId, meetingId),
                goals.leaderInputInMeeting(access, meetingId),
                access.isCoach() ? goals.sharedGoals(access) : List.of(),
                outcomes.versionsOf(engagementId, meetingId),
                meeting.getKind() == MeetingKind.INITIAL ? assessments.sharedWithLeader(access) : List.of(),
                time.now());
    }

    /** A meeting, for listeners acting on its events (no access check: nothing here reaches a page). */
    @Transactional(readOnly = true)
    public AlignmentMeeting meeting(Long engagementId, Long meetingId) {
        return find(engagementId, meetingId);
    }

    /** An outcome version with its confirmations, for listeners acting on its events. */
    @Transactional(readOnly = true)
    public AlignmentOutcome outcome(Long engagementId, Long outcomeId) {
        return outcomes.withConfirmations(engagementId, outcomeId).orElseThrow(() -> new NotFoundException("Outcome"));
    }

    @Transactional(readOnly = true)
    public String calendarEntry(Long engagementId, Long meetingId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.ALIGNMENT_AND_REPORTS);
        return calendar.ics(find(engagementId, meetingId), access.engagement());
    }

    /** The client prepares the objectives they will present. */
    /** The client prepares the objectives they will present (demo data: on the meeting as it is now). */
    @Transactional
    public void prepareObjectives(Long engagementId, Long meetingId, String objectives, CurrentUser me) {
        clientsMeeting(engagementId, meetingId, me).prepareObjectives(objectives, time.now());
    }

    /**
     * The client's objectives, written on the meeting as the page showed it at {@code version}.
     *
     * @throws StaleEdit when the meeting changed since
     */
    @Transactional
    public void prepareObjectives(Long engagementId, Long meetingId, Long version, String objectives, CurrentUser me) {
        AlignmentMeeting meeting = clientsMeeting(engagementId, meetingId, me);
        StaleEdit.check(AlignmentMeeting.class, meetingId, version, meeting.getVersion());
        meeting.prepareObjectives(objectives, time.now());
    }

    private AlignmentMeeting clientsMeeting(Long engagementId, Long meetingId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.PREPARE_OBJECTIVES);
        return find(engagementId, meetingId);
    }

    /** The coach marks the checklist's items covered or not, with notes. */
    @Transactional
    public void recordChecklist(Long engagementId, Long meetingId, List<ItemEntry> entries, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_MEETING);
        AlignmentMeeting meeting = find(engagementId, meetingId);
        meeting.requireNotCancelled("items");
        Map<Long, AgendaItem> items = agendaItems.ofMeeting(engagementId, meetingId).stream()
                .collect(Collectors.toMap(AgendaItem::getId, Function.identity()));
        for (ItemEntry entry : entries) {
            AgendaItem item = items.get(entry.itemId());
            if (item == null) {
                throw new NotFoundException("Agenda item");
            }
            if (entry.version() != null) {
                StaleEdit.check(AgendaItem.class, item.getId(), entry.version(), item.getVersion());
            }
        }
        Instant now = time.now();
        for (ItemEntry entry : entries) {
            items.get(entry.itemId()).record(entry.covered(), entry.notes(), me.id(), now);
        }
    }

    /** The coach writes down the leader's words; on a goal, they are kept with the goal as the leader's input. */
    @Transactional
    public void recordLeaderInput(Long engagementId, Long meetingId, LeaderWords words, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.RECORD_MEETING);
        AlignmentMeeting meeting = find(engagementId, meetingId);
        meeting.requireNotCancelled("text");
        if (words.topic() == null) {
            throw new RuleViolation("topic", "alignment.leaderWords.topic.missing");
        }
        if (words.topic() == LeaderInputTopic.GOAL) {
            if (words.goalId() == null) {
                throw new RuleViolation("goalId", "alignment.leaderWords.goal.missing");
            }
            goals.recordLeaderInputInMeeting(engagementId, words.goalId(), meetingId, words.text(), me);
            return;
        }
        User leader = users.getReferenceById(access.engagement().getLeader().getId());
        leaderInputs.save(new MeetingLeaderInput(
                meeting,
                words.topic(),
                words.question(),
                words.text(),
                leader,
                users.getReferenceById(me.id()),
                time.now()));
    }

    /** The coach writes the outcome: in place while nobody has confirmed it, else as a new version. */
    @Transactional
    public AlignmentOutcome writeOutcome(Long engagementId, Long meetingId, OutcomeText text, CurrentUser me) {
        return writeOutcome(engagementId, meetingId, null, text, me);
    }

    /**
     * The coach writes the outcome on the version the page showed ({@code seen}; null: on the current one, whatever it is).
     *
     * @throws StaleEdit when the outcome was written, rewritten or confirmed since
     */
    @Transactional
    public AlignmentOutcome writeOutcome(
            Long engagementId, Long meetingId, SeenOutcome seen, OutcomeText text, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_ALIGNMENT_OUTCOME);
        AlignmentMeeting meeting = lockedMeeting(engagementId, meetingId);
        Optional<AlignmentOutcome> current = outcomes.currentOf(engagementId, meetingId);
        if (seen != null && !seen.matches(current)) {
            throw new StaleEdit(AlignmentOutcome.class, meetingId);
        }
        AlignmentOutcome written = meeting.writeOutcome(current, text, me.id(), time.now());
        if (current.isPresent() && current.get() != written) {
            // the replaced version leaves the "current" unique index before the new one takes its place
            outcomes.saveAndFlush(current.get());
        }
        written = outcomes.save(written);
        // Nobody can confirm the outcome of a meeting still to come: they are asked once it has taken place (or is
        // marked held), by markHeld or askToConfirmOutcomesOfMeetingsTakenPlace.
        if (meeting.hasStarted(time.now()) || meeting.getStatus() == MeetingStatus.HELD) {
            events.publishEvent(new OutcomeAwaitingConfirmation(engagementId, meetingId, written.getId()));
        }
        return written;
    }

    /** How far back the periodic sweep looks for meetings that began (a sweep missed for a while still catches up). */
    static final java.time.Duration CONFIRMATION_SWEEP = java.time.Duration.ofDays(7);

    /**
     * Asks for the confirmation of every current outcome whose meeting began in the week up to {@code now}: an outcome
     * the coach wrote ahead of the meeting is sent for confirmation once it has taken place. Each person is asked once
     * per version (the mail's once-key), so running it again asks nobody twice.
     *
     * @return how many outcomes were considered
     */
    @Transactional
    public int askToConfirmOutcomesOfMeetingsTakenPlace(Instant now) {
        List<Object[]> begun = outcomes.currentOfMeetingsBegunBetween(now.minus(CONFIRMATION_SWEEP), now);
        for (Object[] row : begun) {
            events.publishEvent(new OutcomeAwaitingConfirmation((Long) row[0], (Long) row[1], (Long) row[2]));
        }
        return begun.size();
    }

    /**
     * The viewer confirms the current outcome version in each part they hold (client, coach, leader) that has not yet;
     * the third confirmation makes it confirmed, marks the meeting held, and settles the reporting cadence it agrees.
     *
     * @return the version, as it now stands
     */
    @Transactional
    public AlignmentOutcome confirm(Long engagementId, Long meetingId, CurrentUser me) {
        return confirm(engagementId, meetingId, null, me);
    }

    /**
     * Confirms the outcome version the page showed ({@code seen}; null: the current one): one that was rewritten or
     * replaced since is not confirmed unseen.
     */
    @Transactional
    public AlignmentOutcome confirm(Long engagementId, Long meetingId, SeenOutcome seen, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.CONFIRM_ALIGNMENT_OUTCOME);
        AlignmentMeeting meeting = lockedMeeting(engagementId, meetingId);
        meeting.requireNotCancelled("confirm");
        Instant now = time.now();
        if (!meeting.hasStarted(now)) {
            throw new RuleViolation("confirm", "alignment.outcome.confirm.notHeld");
        }
        Optional<AlignmentOutcome> current = outcomes.currentOf(engagementId, meetingId);
        AlignmentOutcome outcome =
                current.orElseThrow(() -> new RuleViolation("confirm", "alignment.outcome.confirm.notWritten"));
        if (seen != null && !seen.matches(current)) {
            throw new RuleViolation("confirm", "alignment.outcome.confirm.changed", outcome.getNumber());
        }
        List<Participation> parts =
                partsOf(access).stream().filter(outcome::awaits).toList();
        if (parts.isEmpty()) {
            throw new RuleViolation("confirm", "alignment.outcome.confirm.already");
        }
        boolean complete = false;
        for (Participation part : parts) {
            complete = outcome.confirm(part, me.id(), me.fullName(), now);
        }
        if (complete) {
            meeting.heldByConfirmation(now);
            if (outcome.getReportCadence() != null) {
                agreements
                        .findById(engagementId)
                        .ifPresentOrElse(
                                a -> a.agree(outcome.getReportCadence(), time.dayOf(now), outcome.getId()),
                                () -> agreements.save(new ReportingAgreement(
                                        engagementId, outcome.getReportCadence(), time.dayOf(now), outcome.getId())));
            }
        }
        return outcome;
    }

    @Transactional
    public void markHeld(Long engagementId, Long meetingId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.RECORD_MEETING);
        find(engagementId, meetingId).markHeld(time.now());
        outcomes.currentOf(engagementId, meetingId)
                .filter(o -> !o.isConfirmed())
                .ifPresent(
                        o -> events.publishEvent(new OutcomeAwaitingConfirmation(engagementId, meetingId, o.getId())));
    }

    @Transactional
    public AlignmentMeeting move(
            Long engagementId,
            Long meetingId,
            LocalDateTime newStart,
            int minutes,
            String location,
            String reason,
            CurrentUser me) {
        return move(engagementId, meetingId, newStart, null, minutes, location, reason, me);
    }

    /** Moves the meeting to a start typed in the mover's zone, with which of a repeated hour it means. */
    @Transactional
    public AlignmentMeeting move(
            Long engagementId,
            Long meetingId,
            LocalDateTime newStart,
            Occurrence occurrence,
            int minutes,
            String location,
            String reason,
            CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.CHANGE_ALIGNMENT_MEETING);
        AlignmentMeeting meeting = find(engagementId, meetingId);
        Instant to = typed(newStart, occurrence, me);
        checkDate(access.engagement(), newStart, to);
        meeting.moveTo(to, minutes, location, me.id(), reason, time.now());
        book(meeting, access.engagement(), me);
        events.publishEvent(new MeetingMoved(engagementId, meetingId));
        return meeting;
    }

    @Transactional
    public AlignmentMeeting cancel(Long engagementId, Long meetingId, String reason, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.CHANGE_ALIGNMENT_MEETING);
        AlignmentMeeting meeting = find(engagementId, meetingId);
        meeting.cancel(me.id(), reason, time.now());
        booked.free(BookedItem.MEETING, meetingId);
        events.publishEvent(new MeetingCancelled(engagementId, meetingId));
        return meeting;
    }

    /**
     * What the phase guards need: whether an initial meeting's outcome was confirmed by all three, and whether a closing
     * meeting was held (or its outcome confirmed). Two statements.
     */
    @Transactional(readOnly = true)
    public PhaseFacts phaseFacts(Long engagementId) {
        Map<Long, AlignmentMeeting> byId = meetings.ofEngagement(engagementId).stream()
                .collect(Collectors.toMap(AlignmentMeeting::getId, Function.identity()));
        Set<Long> confirmed = outcomes.ofEngagement(engagementId).stream()
                .filter(AlignmentOutcome::isConfirmed)
                .map(AlignmentOutcome::getMeetingId)
                .collect(Collectors.toSet());
        boolean initial = byId.values().stream()
                .anyMatch(m -> m.getKind() == MeetingKind.INITIAL && !m.isCancelled() && confirmed.contains(m.getId()));
        boolean closing = byId.values().stream()
                .anyMatch(m -> m.getKind() == MeetingKind.CLOSING
                        && (m.getStatus() == MeetingStatus.HELD || confirmed.contains(m.getId()) && !m.isCancelled()));
        return new PhaseFacts(initial, closing);
    }

    /** The parts in which the viewer confirms outcomes. */
    static Set<Participation> partsOf(EngagementAccess access) {
        Set<Participation> parts = EnumSet.noneOf(Participation.class);
        for (Participation part : AlignmentOutcome.CONFIRMING) {
            if (access.is(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * The meeting holds its time for the engagement's coach and client (its row is replaced when it moves); a time
     * either already holds elsewhere is refused, naming what holds it when {@code me} may see that.
     */
    private void book(AlignmentMeeting meeting, Engagement engagement, CurrentUser me) {
        bookings.hold(BookedItem.MEETING, meeting.getId(), engagement, meeting.getStartsAt(), meeting.endsAt(), me);
    }

    private AlignmentMeeting find(Long engagementId, Long meetingId) {
        return meetings.findInEngagement(engagementId, meetingId).orElseThrow(() -> new NotFoundException("Meeting"));
    }

    /** The meeting, locked until the transaction ends: outcome writes and confirmations of one meeting take turns. */
    private AlignmentMeeting lockedMeeting(Long engagementId, Long meetingId) {
        return meetings.findLockedInEngagement(engagementId, meetingId)
                .orElseThrow(() -> new NotFoundException("Meeting"));
    }
}
