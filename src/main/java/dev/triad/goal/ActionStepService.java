package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Action steps, the client's fieldwork: client and coach add and edit them, log progress notes and
 * change their status; the leader and HR see none of them. The session module records a session's
 * commitments through {@link #addCommitments}.
 */
@Service
public class ActionStepService {

    /** The longest step description, as in the database and the forms. */
    public static final int MAX_DESCRIPTION = 500;

    private final ActionSteps steps;
    private final ActionStepNotes notes;
    private final Goals goals;
    private final People users;
    private final EngagementAccessPolicy policy;
    private final Clock clock;

    ActionStepService(
            ActionSteps steps,
            ActionStepNotes notes,
            Goals goals,
            People users,
            EngagementAccessPolicy policy,
            Clock clock) {
        this.steps = steps;
        this.notes = notes;
        this.goals = goals;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /** Every active engagement with open steps due before {@code today}, for the overdue digest. */
    @Transactional(readOnly = true)
    public List<OverdueSteps> overdueOn(LocalDate today) {
        return steps.overdueOn(today);
    }

    /**
     * Turns the commitments made in a coaching session into open action steps of the engagement's
     * client, one per non-blank description, all due on {@code dueOn}. Runs in the caller's
     * transaction.
     *
     * @throws ForbiddenException when {@code by} is not the engagement's coach (404 for a non-participant)
     * @throws RuleViolation      "dueOn" without a due date, "description" for a description over 500 characters
     */
    @Transactional
    public List<ActionStep> addCommitments(
            Long engagementId, Long sessionId, List<String> descriptions, LocalDate dueOn, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.RECORD_COMMITMENTS);
        List<String> commitments = descriptions == null
                ? List.of()
                : descriptions.stream()
                        .filter(d -> d != null && !d.isBlank())
                        .map(String::strip)
                        .toList();
        if (commitments.isEmpty()) {
            return List.of();
        }
        if (dueOn == null) {
            throw new RuleViolation("dueOn", "goal.commitments.dueOn.missing");
        }
        if (commitments.stream().anyMatch(d -> d.length() > MAX_DESCRIPTION)) {
            throw new RuleViolation("description", "goal.commitments.description.tooLong", MAX_DESCRIPTION);
        }
        User client = access.engagement().getClient();
        User coach = users.getReferenceById(by.id());
        Instant now = clock.instant();
        List<ActionStep> created = new ArrayList<>();
        for (String description : commitments) {
            created.add(new ActionStep(engagementId, null, sessionId, client, description, dueOn, coach, now));
        }
        return steps.saveAll(created);
    }

    /** The action steps a session's commitments created, for the engagement's client and coach. */
    @Transactional(readOnly = true)
    public List<ActionStep> stepsFromSession(Long engagementId, Long sessionId, CurrentUser viewer) {
        policy.require(engagementId, viewer, EngagementContent.ACTION_STEPS);
        return steps.fromSession(engagementId, sessionId);
    }

    /** The form for a new step, with the goals (not dropped) it may serve. */
    @Transactional(readOnly = true)
    public StepEditor forNewStep(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ACTION_STEPS);
        return new StepEditor(access, null, goalsToChoose(engagementId));
    }

    @Transactional(readOnly = true)
    public StepEditor forEdit(Long engagementId, Long stepId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ACTION_STEPS);
        return new StepEditor(access, step(engagementId, stepId), goalsToChoose(engagementId));
    }

    private List<Goal> goalsToChoose(Long engagementId) {
        return goals.allOf(engagementId).stream()
                .filter(g -> g.getStatus() != GoalStatus.DROPPED)
                .toList();
    }

    /** A new open step for the engagement's client, serving {@code goalId} (a goal of this engagement) or none. */
    @Transactional
    public ActionStep add(Long engagementId, Long goalId, String description, LocalDate dueOn, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ACTION_STEP);
        requireGoal(engagementId, goalId);
        return steps.save(new ActionStep(
                engagementId,
                goalId,
                null,
                access.engagement().getClient(),
                description,
                dueOn,
                users.getReferenceById(by.id()),
                clock.instant()));
    }

    /**
     * Saves an edit made on {@code version} of the step.
     *
     * @throws StaleEdit when someone else saved the step since
     */
    @Transactional
    public ActionStep update(
            Long engagementId,
            Long stepId,
            long version,
            Long goalId,
            String description,
            LocalDate dueOn,
            CurrentUser by) {
        policy.require(engagementId, by, EngagementAction.WRITE_ACTION_STEP);
        ActionStep step = step(engagementId, stepId);
        StaleEdit.check(ActionStep.class, stepId, version, step.getVersion());
        requireGoal(engagementId, goalId);
        step.describe(description, dueOn, goalId);
        return step;
    }

    /** Logs a progress note on the step and returns the step as pages show it. */
    @Transactional
    public StepView addNote(Long engagementId, Long stepId, String text, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ACTION_STEP);
        ActionStep step = step(engagementId, stepId);
        notes.save(step.addNote(text, users.getReferenceById(by.id()), clock.instant()));
        return view(access, step);
    }

    /** Marks the step done, dropped or open again, and returns it as pages show it. */
    @Transactional
    public StepView changeStatus(Long engagementId, Long stepId, ActionStepStatus status, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.WRITE_ACTION_STEP);
        ActionStep step = step(engagementId, stepId);
        step.changeStatus(status, clock.instant());
        return view(access, step);
    }

    @Transactional(readOnly = true)
    public StepView stepView(Long engagementId, Long stepId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.ACTION_STEPS);
        return view(access, step(engagementId, stepId));
    }

    private StepView view(EngagementAccess access, ActionStep step) {
        return StepView.of(
                        List.of(step),
                        notes.ofSteps(step.getEngagementId(), List.of(step.getId())),
                        ClientDays.today(access.engagement(), clock))
                .get(0);
    }

    private ActionStep step(Long engagementId, Long stepId) {
        return steps.findByIdAndEngagementId(stepId, engagementId)
                .orElseThrow(() -> new NotFoundException("Action step"));
    }

    private void requireGoal(Long engagementId, Long goalId) {
        if (goalId != null
                && goals.findByIdAndEngagementId(goalId, engagementId).isEmpty()) {
            throw new NotFoundException("Goal");
        }
    }
}
