package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.Set;

/**
 * Whether an engagement takes new content: DOMAIN.md's "a CLOSED engagement is read-only", as one rule. Every
 * state-changing request under {@code /engagements/{id}/} asks it before its handler runs (the web guard
 * {@code ReadOnlyWhenClosed}); a write that comes another way (a rater's answer through their link) asks
 * {@link #takesWrites} itself. The acts that still reach a closed engagement are the few named in
 * {@link #ALLOWED_WHEN_CLOSED}; the client's data download is a read and HR's erasure lives under {@code /retention}.
 * (Issue 18 turns who-may-act into a table of actions per phase; an action here is the route it is posted to.)
 */
@Component
public class EngagementWrites {

    /** The actions, by route, that a closed engagement still takes: the close-out survey's answers. */
    static final Set<String> ALLOWED_WHEN_CLOSED = Set.of("/engagements/{id}/close-out");

    private final Engagements engagements;
    private final EngagementAccessPolicy policy;

    EngagementWrites(Engagements engagements, EngagementAccessPolicy policy) {
        this.engagements = engagements;
        this.policy = policy;
    }

    /**
     * Refuses {@code action} on a closed engagement for someone who takes part in it. Someone with no part in it, or an
     * engagement that does not exist, is left to the handler, which answers "not found" as for any other engagement:
     * whether an engagement is closed is no more visible to outsiders than whether it exists.
     *
     * @throws EngagementClosed when the engagement is closed and the action is not one it still takes
     */
    public void require(Long engagementId, CurrentUser by, String action) {
        if (ALLOWED_WHEN_CLOSED.contains(action)) {
            return;
        }
        Optional<Engagement> found = engagements.findById(engagementId);
        if (found.isEmpty() || found.get().takesWrites()) {
            return;
        }
        if (by != null && !policy.participations(by, found.get()).isEmpty()) {
            throw new EngagementClosed(engagementId);
        }
    }

    /** Whether the engagement takes new content (it is not closed); false when it does not exist. */
    public boolean takesWrites(Long engagementId) {
        return engagements.findById(engagementId).map(Engagement::takesWrites).orElse(false);
    }
}
