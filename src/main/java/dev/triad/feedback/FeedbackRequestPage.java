package dev.triad.feedback;

import dev.triad.assessment.Assessment;
import dev.triad.assessment.FeedbackStatus;
import dev.triad.engagement.EngagementAccess;

import java.util.List;
import java.util.Map;

/**
 * A 360 request as client and coach manage it: the raters asked (name, email, group) and how many in each
 * group answered, never who; how each rater's invitation fared, and sending a failed one again. The client answers
 * for themselves and may close it early; the coach reminds.
 */
public record FeedbackRequestPage(
        EngagementAccess access,
        Assessment assessment,
        FeedbackStatus status,
        List<FeedbackRater> raters,
        List<GroupProgress> progress,
        int remindable,
        Map<Long, RaterInvitationMails.Invitation> invitations) {

    /** How many raters of a group were asked, and how many answered. */
    public record GroupProgress(RaterGroup group, int invited, int answered) {}

    public boolean mayAddRaters() {
        return status.open() && access.engagement().getPhase().isActive();
    }

    /** Raters can be removed (say, a mistyped email) until the first answer comes in: no one can learn from it who answered. */
    public boolean mayRemoveRaters() {
        return status.open() && status.answered() == 0;
    }

    /** The invitation mail of a rater, if it is still kept (sent ones are forgotten after a while); else null. */
    public RaterInvitationMails.Invitation invitationOf(FeedbackRater rater) {
        return invitations.get(rater.getId());
    }

    /** A failed (or held) invitation can be sent again while the request is open and the engagement takes writes. */
    public boolean maySendAgain(FeedbackRater rater) {
        RaterInvitationMails.Invitation invitation = invitationOf(rater);
        return invitation != null
                && invitation.mayBeSentAgain()
                && status.open()
                && access.engagement().takesWrites();
    }

    public boolean mayRemind() {
        return access.isCoach() && status.open();
    }

    public boolean mayClose() {
        return access.isClient() && status.open();
    }

    public boolean mayAnswerSelf() {
        return access.isClient() && status.open() && !status.selfAnswered();
    }

    public List<RaterGroup> groups() {
        return RaterGroup.invitable();
    }
}
