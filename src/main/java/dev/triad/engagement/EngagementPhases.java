package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Moves engagements between phases and keeps the history of the moves. The rules are the engagement's
 * ({@link Engagement#moveTo}); the facts about alignment meetings they need come from the caller, the
 * alignment module, which this module must not depend on.
 */
@Service
public class EngagementPhases {

    private final EngagementAccessPolicy policy;
    private final PhaseChanges changes;
    private final People users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EngagementPhases(
            EngagementAccessPolicy policy,
            PhaseChanges changes,
            People users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.policy = policy;
        this.changes = changes;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves the engagement as {@code by} asks, records the move and publishes {@link PhaseMoved} in the same
     * transaction, so that listeners (close-out surveys, notifications) commit or roll back with it.
     */
    @Transactional
    public PhaseChange move(Long engagementId, PhaseMove move, PhaseFacts facts, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementContent.FACTS);
        Engagement engagement = access.engagement();
        PhaseChange change = changes.save(engagement.moveTo(
                move, facts, access.participations(), users.getReferenceById(by.id()), clock.instant()));
        events.publishEvent(new PhaseMoved(
                engagementId,
                change.getFromPhase(),
                change.getToPhase(),
                change.getClosure(),
                by.id(),
                change.getMovedAt()));
        return change;
    }

    /**
     * Checks the move as {@link #move} would, changing nothing: for the step that asks the mover to confirm a close.
     *
     * @throws dev.triad.system.RuleViolation when a rule stands in the way, as {@link #move} would
     */
    @Transactional(readOnly = true)
    public void check(Long engagementId, PhaseMove move, PhaseFacts facts, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementContent.FACTS);
        access.engagement()
                .planMove(move, facts, access.participations(), users.getReferenceById(by.id()), clock.instant());
    }

    /** The moves of an engagement, oldest first, for anyone who sees its facts. */
    @Transactional(readOnly = true)
    public List<PhaseChange> history(Long engagementId, CurrentUser viewer) {
        policy.require(engagementId, viewer, EngagementContent.FACTS);
        return changes.historyOf(engagementId);
    }
}
