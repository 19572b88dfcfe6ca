package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Whether an engagement takes new content: DOMAIN.md's "a CLOSED engagement is read-only", as one rule. Every
 * state-changing request under {@code /engagements/{id}/} asks it before its handler runs (the web guard
 * {@code ReadOnlyWhenClosed}); a write that comes another way (a rater's answer through their link) asks
 * {@link #takesWrites} itself. The acts that still reach a closed engagement are the few named in
 * {@link #ALLOWED_WHEN_CLOSED}, and the client taking back a share ({@link #WITHDRAWALS_WHEN_CLOSED}: DOMAIN.md lets the
 * client withdraw a share "at any time"); the client's data download is a read and HR's erasure lives under
 * {@code /retention}.
 * (Issue 18 turns who-may-act into a table of actions per phase; an action here is the route it is posted to.)
 */
@Component
public class EngagementWrites {

    /** The actions, by route, that a closed engagement still takes: the close-out survey's answers. */
    static final Set<String> ALLOWED_WHEN_CLOSED = Set.of("/engagements/{id}/close-out");

    /**
     * The actions, by route, that a closed engagement still takes when the posted value can only narrow what someone
     * else sees: withdrawing an assessment's share (to none, or whole to summary) and making a reflection private. The
     * gate lets only those values through; the service then asks {@link #requireNoWidening}, which knows what is
     * shared now, so that a summary posted for an assessment no longer shared is refused as well.
     */
    static final Map<String, Withdrawal> WITHDRAWALS_WHEN_CLOSED = Map.of(
            "/engagements/{id}/assessments/{aid}/sharing", new Withdrawal("sharing", Set.of("NONE", "SUMMARY")),
            "/engagements/{id}/journal/{entryId}/share", new Withdrawal("shared", Set.of("false")));

    /** A posted parameter and the values of it that take something back. */
    record Withdrawal(String parameter, Set<String> narrowingValues) {

        boolean narrows(Function<String, String> posted) {
            String value = posted.apply(parameter);
            return value != null && narrowingValues.contains(value); // Set.of refuses to look for null
        }
    }

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
    public void require(Long engagementId, CurrentUser by, String action, Function<String, String> posted) {
        if (ALLOWED_WHEN_CLOSED.contains(action)) {
            return;
        }
        Withdrawal withdrawal = WITHDRAWALS_WHEN_CLOSED.get(action);
        if (withdrawal != null && withdrawal.narrows(posted)) {
            return; // the service asks requireNoWidening, knowing what is shared now
        }
        refuseIfClosed(engagementId, by);
    }

    /**
     * Refuses a change of what is shared that widens it on a closed engagement: on a closed engagement a share can be
     * taken back (or narrowed), never given or widened. Asked by the services of the routes in
     * {@link #WITHDRAWALS_WHEN_CLOSED}.
     *
     * @throws EngagementClosed when the engagement is closed and the change widens what is shared
     */
    public void requireNoWidening(Long engagementId, CurrentUser by, boolean widens) {
        if (widens) {
            refuseIfClosed(engagementId, by);
        }
    }

    private void refuseIfClosed(Long engagementId, CurrentUser by) {
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
