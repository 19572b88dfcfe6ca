package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.programme.CoachingType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * Moving an engagement between phases, with the facts about its alignment meetings that the engagement's guards need:
 * the coach moves it; HR may close it.
 */
@Service
public class PhaseService {

    private final EngagementAccessPolicy policy;
    private final EngagementPhases phases;
    private final PhaseGuard alignment;

    PhaseService(EngagementAccessPolicy policy, EngagementPhases phases, PhaseGuard alignment) {
        this.policy = policy;
        this.phases = phases;
        this.alignment = alignment;
    }

    /**
     * What closing the engagement will do, for the mover to confirm: the sessions and alignment meetings still to come
     * that it cancels (never deducted; client, coach and leader get calendar cancellations), and whether the close-out
     * survey goes out (closed as completed).
     */
    public record ClosingPreview(int sessions, int meetings, boolean closeOutSurvey) {}

    /**
     * Checks the close as {@link #move} would and says what it will do, changing nothing.
     *
     * @throws dev.triad.system.RuleViolation when a rule stands in the way of the close
     */
    @Transactional(readOnly = true)
    public ClosingPreview previewClose(Long engagementId, PhaseMove move, CurrentUser me) {
        policy.requireOffered(engagementId, me, EngagementAction.MOVE_PHASE);
        phases.check(engagementId, move, alignment.phaseFacts(engagementId), me);
        return new ClosingPreview(
                alignment.sessionsToCancel(engagementId),
                alignment.meetingsToCancel(engagementId),
                move.closure() == dev.triad.engagement.PhaseMoved.Closure.COMPLETED);
    }

    /** The move page: where the engagement stands, what the guards know, and where it may go. */
    public record PhasePage(EngagementAccess access, PhaseFacts facts, List<Phase> targets) {

        public Phase phase() {
            return access.engagement().getPhase();
        }

        /** Performance coaching starts without an alignment meeting. */
        public boolean needsInitialAlignment() {
            return access.engagement().getCoachingType() != CoachingType.PERFORMANCE;
        }

        /** HR, who is not the coach, may only close. */
        public boolean closeOnly() {
            return !access.isCoach();
        }

        public Phase next() {
            Phase phase = phase();
            return phase.isActive() ? Phase.values()[phase.ordinal() + 1] : null;
        }
    }

    @Transactional(readOnly = true)
    public PhasePage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.MOVE_PHASE);
        Phase phase = access.engagement().getPhase();
        List<Phase> targets = !phase.isActive()
                ? List.of()
                : access.isCoach()
                        ? Arrays.stream(Phase.values())
                                .filter(p -> p.ordinal() > phase.ordinal())
                                .toList()
                        : List.of(Phase.CLOSED);
        return new PhasePage(access, alignment.phaseFacts(engagementId), targets);
    }

    @Transactional
    public PhaseChange move(Long engagementId, PhaseMove move, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.MOVE_PHASE);
        return phases.move(engagementId, move, alignment.phaseFacts(engagementId), me);
    }
}
