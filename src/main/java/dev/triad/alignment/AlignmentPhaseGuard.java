package dev.triad.alignment;

import dev.triad.engagement.PhaseFacts;
import dev.triad.engagement.PhaseGuard;
import dev.triad.session.ClosingCancelsSessions;
import org.springframework.stereotype.Component;

/** The engagement module's phase moves learn from here what the alignment meetings say and what a close cancels. */
@Component
class AlignmentPhaseGuard implements PhaseGuard {

    private final AlignmentService alignment;
    private final ClosingCancelsSessions sessionsToCancel;
    private final ClosingCancelsMeetings meetingsToCancel;

    AlignmentPhaseGuard(
            AlignmentService alignment,
            ClosingCancelsSessions sessionsToCancel,
            ClosingCancelsMeetings meetingsToCancel) {
        this.alignment = alignment;
        this.sessionsToCancel = sessionsToCancel;
        this.meetingsToCancel = meetingsToCancel;
    }

    @Override
    public PhaseFacts phaseFacts(Long engagementId) {
        return alignment.phaseFacts(engagementId);
    }

    @Override
    public int sessionsToCancel(Long engagementId) {
        return sessionsToCancel.toCancel(engagementId);
    }

    @Override
    public int meetingsToCancel(Long engagementId) {
        return meetingsToCancel.toCancel(engagementId);
    }
}
