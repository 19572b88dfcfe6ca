package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.goal.GoalEvents.GoalShared;
import dev.triad.goal.GoalEvents.GoalWithdrawn;
import dev.triad.goal.GoalEvents.LeaderInputGiven;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.StaleEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Goals of an engagement: client and coach write them and record check-ins; the leader reads the
 * shared ones and gives input on them; HR sees none of them.
 */
@Service
public class GoalService {

    private final Goals goals;
    private final AuditTrail audit;
    private final GoalCheckIns checkIns;
    private final GoalLeaderInputs leaderInputs;
    private final ActionSteps steps;
    private final ActionStepNotes notes;
    private final People users;
    private final EngagementAccessPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    GoalService(
            Goals goals,
            GoalCheckIns checkIns,
            GoalLeaderInputs leaderInputs,
            ActionSteps steps,
            ActionStepNotes notes,
            People users,
            EngagementAccessPolicy policy,
            Clock clock,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.events = events;
        this.audit = audit;
        this.goals = goals;
        this.checkIns = checkIns;
        this.leaderInputs = leaderInputs;
        this.steps = steps;
        this.notes = notes;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /** All goals for client and coach; only the shared ones for the leader. */
    @Transactional(readOnly = true)
    public GoalList list(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_GOALS);
        List<Goal> visible =
                access.may(EngagementContent.GOALS) ? goals.allOf(engagementId) : goals.sharedOf(engagementId);
        Map<Long, GoalCheckIn> latest = latestPerGoal(engagementId);
        return new GoalList(
                access,
                visible.stream()
                        .map(g -> new GoalSummary(g, latest.get(g.getId())))
                        .toList());
    }

    Map<Long, GoalCheckIn> latestPerGoal(Long engagementId) {
        return checkIns.latestPerGoal(engagementId).stream()
                .collect(Collectors.toMap(GoalCheckIn::getGoalId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public GoalEditor forNewGoal(Long engagementId, CurrentUser viewer) {
        return new GoalEditor(policy.require(engagementId, viewer, EngagementContent.GOALS), null);
    }

    @Transactional
    public Goal create(Long engagementId, GoalDetails details, CurrentUser by) {
        policy.require(engagementId, by, EngagementAction.WRITE_GOAL);
        Goal goal = goals.save(new Goal(engagementId, details, users.getReferenceById(by.id()), clock.instant()));
        if (goal.isShared()) {
            audit.record(
                    AuditKind.SHARED,
                    by.email(),
                    "goal " + goal.getId() + " of engagement " + engagementId,
                    "with the leader, when written");
            events.publishEvent(new GoalShared(engagementId, goal.getId()));
        }
        return goal;
    }

    /** The goal page; a leader asking for a goal that is not shared with them is told it does not exist. */
    @Transactional(readOnly = true)
    public GoalPage page(Long engagementId, Long goalId, CurrentUser viewer) {
        return page(policy.require(engagementId, viewer, EngagementContent.SHARED_GOALS), goalId);
    }

    /** The goal page for someone who may record check-ins on it (client and coach), else 403. */
    @Transactional(readOnly = true)
    public GoalPage pageForCheckIn(Long engagementId, Long goalId, CurrentUser viewer) {
        return page(policy.require(engagementId, viewer, EngagementContent.GOALS), goalId);
    }

    /** The goal page for the leader giving input on it, else 403 (or 404 for a goal not shared). */
    @Transactional(readOnly = true)
    public GoalPage pageForLeaderInput(Long engagementId, Long goalId, CurrentUser viewer) {
        EngagementAccess access = policy.requireOffered(engagementId, viewer, EngagementAction.GIVE_LEADER_INPUT);
        return page(access, goalId);
    }

    private GoalPage page(EngagementAccess access, Long goalId) {
        Long engagementId = access.engagement().getId();
        Goal goal = visibleGoal(access, goalId);
        List<GoalCheckIn> series = checkIns.seriesOf(engagementId, goalId);
        GoalCheckIn latest = series.stream()
                .max(java.util.Comparator.comparing(GoalCheckIn::getMeasuredOn).thenComparing(GoalCheckIn::getId))
                .orElse(null);
        List<StepView> stepViews = List.of();
        if (access.may(EngagementContent.ACTION_STEPS)) {
            List<ActionStep> goalSteps = steps.ofGoal(engagementId, goalId);
            List<ActionStepNote> stepNotes = goalSteps.isEmpty()
                    ? List.of()
                    : notes.ofSteps(
                            engagementId,
                            goalSteps.stream().map(ActionStep::getId).toList());
            stepViews = StepView.of(goalSteps, stepNotes, ClientDays.today(access.engagement(), clock));
        }
        return new GoalPage(
                access, new GoalSummary(goal, latest), series, leaderInputs.ofGoal(engagementId, goalId), stepViews);
    }

    /** The goal under its own engagement, if this viewer may see it: private goals only for client and coach. */
    private Goal visibleGoal(EngagementAccess access, Long goalId) {
        Goal goal = goals.findByIdAndEngagementId(goalId, access.engagement().getId())
                .orElseThrow(() -> new NotFoundException("Goal"));
        if (!goal.isShared() && !access.may(EngagementContent.GOALS)) {
            throw new NotFoundException("Goal");
        }
        return goal;
    }

    @Transactional(readOnly = true)
    public GoalEditor forEdit(Long engagementId, Long goalId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.GOALS);
        return new GoalEditor(access, visibleGoal(access, goalId));
    }

    /**
     * Saves an edit made on {@code version} of the goal.
     *
     * @throws StaleEdit when someone else saved the goal since
     */
    @Transactional
    public Goal update(Long engagementId, Long goalId, long version, GoalDetails details, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_GOAL);
        Goal goal = visibleGoal(access, goalId);
        StaleEdit.check(Goal.class, goalId, version, goal.getVersion());
        boolean wasShared = goal.isShared();
        goal.describe(details, clock.instant());
        if (wasShared != goal.isShared()) {
            audit.record(
                    goal.isShared() ? AuditKind.SHARED : AuditKind.UNSHARED,
                    by.email(),
                    "goal " + goalId + " of engagement " + engagementId,
                    "with the leader");
            events.publishEvent(
                    goal.isShared() ? new GoalShared(engagementId, goalId) : new GoalWithdrawn(engagementId, goalId));
        }
        return goal;
    }

    @Transactional
    public GoalCheckIn checkIn(
            Long engagementId, Long goalId, LocalDate measuredOn, BigDecimal value, String comment, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.RECORD_GOAL_CHECK_IN);
        Goal goal = visibleGoal(access, goalId);
        GoalCheckIn checkIn = goal.recordCheckIn(
                measuredOn,
                value,
                comment,
                users.getReferenceById(by.id()),
                clock.instant(),
                LocalDate.now(clock),
                access.engagement().getStartsOn());
        return checkIns.save(checkIn);
    }

    /**
     * A check-in to correct or delete, for client and coach. Whoever may not see the goal (another engagement, the leader
     * and a private goal) or names a check-in of another goal is told it does not exist; the leader of a shared goal and
     * HR, who may not write, are refused (403).
     */
    @Transactional(readOnly = true)
    public CheckInEditor forCheckInEdit(Long engagementId, Long goalId, Long checkInId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.SHARED_GOALS);
        Goal goal = visibleGoal(access, goalId);
        GoalCheckIn checkIn =
                checkIns.findOf(checkInId, engagementId, goalId).orElseThrow(() -> new NotFoundException("Check-in"));
        if (!access.may(EngagementContent.GOALS)) {
            throw new ForbiddenException("Client and coach correct the check-ins");
        }
        return new CheckInEditor(access, goal, checkIn);
    }

    /**
     * Corrects a check-in read at {@code version} under the rules of a new one.
     *
     * @throws StaleEdit when someone else corrected it since
     */
    @Transactional
    public GoalCheckIn correctCheckIn(
            Long engagementId,
            Long goalId,
            Long checkInId,
            Long version,
            LocalDate measuredOn,
            BigDecimal value,
            String comment,
            CurrentUser by) {
        CheckInEditor editor = forCheckInEdit(engagementId, goalId, checkInId, by);
        policy.require(
                engagementId,
                by,
                EngagementAction.RECORD_GOAL_CHECK_IN); // after: a private goal is not found, for the leader too
        GoalCheckIn checkIn = editor.checkIn();
        StaleEdit.check(GoalCheckIn.class, checkInId, version, checkIn.getVersion());
        editor.goal()
                .correctCheckIn(
                        checkIn,
                        measuredOn,
                        value,
                        comment,
                        LocalDate.now(clock),
                        editor.access().engagement().getStartsOn());
        return checkIn;
    }

    /**
     * Deletes a check-in the person saw at {@code version}.
     *
     * @throws StaleEdit when it was corrected after they saw it: they confirm again on what it is now
     */
    @Transactional
    public void deleteCheckIn(Long engagementId, Long goalId, Long checkInId, Long version, CurrentUser by) {
        GoalCheckIn checkIn =
                forCheckInEdit(engagementId, goalId, checkInId, by).checkIn();
        policy.require(
                engagementId,
                by,
                EngagementAction.RECORD_GOAL_CHECK_IN); // after: a private goal is not found, for the leader too
        StaleEdit.check(GoalCheckIn.class, checkInId, version, checkIn.getVersion());
        checkIns.delete(checkIn);
    }

    @Transactional
    public GoalLeaderInput addLeaderInput(Long engagementId, Long goalId, String text, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.GIVE_LEADER_INPUT);
        Goal goal = visibleGoal(access, goalId);
        GoalLeaderInput input =
                leaderInputs.save(goal.addLeaderInput(text, users.getReferenceById(by.id()), clock.instant()));
        events.publishEvent(new LeaderInputGiven(engagementId, goalId, input.getId()));
        return input;
    }

    /**
     * The coach writes down, in an alignment meeting, the leader's words on a goal shared with the leader: they are kept
     * as the leader's input (the leader as author), with the coach as the one who recorded them.
     */
    @Transactional
    public GoalLeaderInput recordLeaderInputInMeeting(
            Long engagementId, Long goalId, Long meetingId, String text, CurrentUser coach) {
        EngagementAccess access = policy.require(engagementId, coach, EngagementAction.RECORD_LEADER_INPUT_ON_GOAL);
        // the form offers this engagement's goals only: another id is someone else's, which does not exist here
        Goal goal =
                goals.findByIdAndEngagementId(goalId, engagementId).orElseThrow(() -> new NotFoundException("Goal"));
        return leaderInputs.save(goal.recordLeaderWords(
                text,
                users.getReferenceById(access.engagement().getLeader().getId()),
                users.getReferenceById(coach.id()),
                meetingId,
                clock.instant()));
    }

    /** The leader's input recorded in one alignment meeting, on goals shared with the leader (for any of the three). */
    @Transactional(readOnly = true)
    public List<MeetingGoalInput> leaderInputInMeeting(EngagementAccess access, Long meetingId) {
        requireShared(access);
        return leaderInputs.ofMeeting(access.engagement().getId(), meetingId).stream()
                .map(row -> new MeetingGoalInput((GoalLeaderInput) row[0], (Goal) row[1]))
                .toList();
    }

    /** The goals the client shares with the leader, for pages the three of them see. */
    @Transactional(readOnly = true)
    public List<Goal> sharedGoals(EngagementAccess access) {
        requireShared(access);
        return goals.sharedOf(access.engagement().getId());
    }

    /**
     * The goals shared with the leader in each of these engagements, with their progress, for the leader's home page:
     * two statements whatever the number of engagements. The caller asks only for engagements the viewer leads.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<GoalSummary>> sharedProgress(java.util.Collection<Long> engagementIds) {
        if (engagementIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, GoalCheckIn> latest = checkIns.latestPerSharedGoal(engagementIds).stream()
                .collect(Collectors.toMap(GoalCheckIn::getGoalId, Function.identity()));
        return goals.sharedOf(engagementIds).stream()
                .map(g -> new GoalSummary(g, latest.get(g.getId())))
                .collect(Collectors.groupingBy(
                        s -> s.goal().getEngagementId(), java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private static void requireShared(EngagementAccess access) {
        if (!access.may(EngagementContent.SHARED_GOALS)) {
            throw new ForbiddenException("You may not see this engagement’s goals");
        }
    }
}
