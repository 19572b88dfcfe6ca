package dev.triad.feedback;

import java.util.Collection;
import java.util.Map;

/**
 * How each rater's invitation (the mail with their link) fared, for the client and the coach on the request's raters
 * list: HR's outbox does not list mails to raters, so a failed one would otherwise be lost. Only the invitation, which
 * every rater gets: a reminder goes only to those who have not answered, so its fate per rater would tell who has.
 * Implemented by the notification module, which keeps the mails.
 */
public interface RaterInvitationMails {

    /** Where a rater's invitation is: sent, waiting to be sent, held (no mail server) or failed for good. */
    enum State {
        SENT,
        WAITING,
        HELD,
        FAILED
    }

    /** A rater's invitation as the raters list shows it, and whether it can be sent again now. */
    record Invitation(State state, boolean mayBeSentAgain) {}

    /** The invitations of these raters still kept (sent ones are forgotten after a while), by rater id. */
    Map<Long, Invitation> of(Collection<Long> raterIds);

    /**
     * Puts a failed invitation (or a held one, once a mail server is configured) back in line, with the same link.
     *
     * @return false when it is in no state to be sent again
     */
    boolean sendAgain(Long raterId);
}
