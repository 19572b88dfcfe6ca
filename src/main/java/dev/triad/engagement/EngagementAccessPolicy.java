package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that decides who may see what of an engagement. Access comes from taking part in
 * <em>that</em> engagement (its client, coach or leader); HR administrators see the facts of every
 * engagement and none of its confidential content. Someone with no part in an engagement is told it
 * does not exist (404), so ids cannot be probed. Who may <em>do</em> what is the {@link EngagementAction} table.
 */
@Component
public class EngagementAccessPolicy {

    private final Engagements engagements;

    EngagementAccessPolicy(Engagements engagements) {
        this.engagements = engagements;
    }

    public Set<Participation> participations(CurrentUser viewer, Engagement engagement) {
        Set<Participation> result = EnumSet.noneOf(Participation.class);
        if (engagement.isClient(viewer.id())) {
            result.add(Participation.CLIENT);
        }
        if (engagement.isCoach(viewer.id())) {
            result.add(Participation.COACH);
        }
        if (engagement.isLeader(viewer.id())) {
            result.add(Participation.LEADER);
        }
        if (viewer.isHr()) {
            result.add(Participation.HR);
        }
        return result;
    }

    /**
     * The engagement as {@code viewer} stands to it, if they may see {@code content} of it.
     *
     * @throws NotFoundException  when the viewer has no part in the engagement (or it does not exist)
     * @throws ForbiddenException when the viewer takes part but may not see this content
     */
    @Transactional(readOnly = true)
    public EngagementAccess require(Long engagementId, CurrentUser viewer, EngagementContent content) {
        EngagementAccess access = participant(engagementId, viewer);
        requireSees(access, content);
        return access;
    }

    /**
     * The engagement as {@code me} stands to it, if they may take {@code action} on it now: the one question every
     * service method that writes to an engagement asks, answered from the {@link EngagementAction} table.
     *
     * @throws NotFoundException  when {@code me} has no part in the engagement (or it does not exist)
     * @throws EngagementClosed   when the engagement is closed and the action is not one a closed engagement takes
     * @throws ForbiddenException when {@code me} takes part but may not take this action (or a
     *                            {@link NotFoundException} where the table hides the action from others)
     */
    @Transactional(readOnly = true)
    public EngagementAccess require(Long engagementId, CurrentUser me, EngagementAction action) {
        EngagementAccess access = participant(engagementId, me);
        if (!action.takenIn(access.engagement().getPhase())) {
            throw new EngagementClosed(engagementId);
        }
        requireActor(access, action);
        return access;
    }

    /**
     * The engagement for a page that offers {@code action} (its form, its confirmation step), in any phase: refuses
     * whoever {@link #require(Long, CurrentUser, EngagementAction)} refuses, but for a closed engagement, whose page
     * says so and offers nothing.
     */
    @Transactional(readOnly = true)
    public EngagementAccess requireOffered(Long engagementId, CurrentUser me, EngagementAction action) {
        EngagementAccess access = participant(engagementId, me);
        requireActor(access, action);
        return access;
    }

    private EngagementAccess participant(Long engagementId, CurrentUser viewer) {
        Engagement engagement =
                engagements.findWithPeople(engagementId).orElseThrow(() -> new NotFoundException("Engagement"));
        Set<Participation> participations = participations(viewer, engagement);
        if (participations.isEmpty()) {
            throw new NotFoundException("Engagement");
        }
        return new EngagementAccess(engagement, participations);
    }

    private static void requireSees(EngagementAccess access, EngagementContent content) {
        if (!access.may(content)) {
            throw new ForbiddenException("You may not see this part of the engagement");
        }
    }

    private static void requireActor(EngagementAccess access, EngagementAction action) {
        requireSees(access, action.writes());
        if (!access.may(action)) {
            throw action.refusal();
        }
    }

    /**
     * Refuses a write to a closed engagement by someone who takes part in it, for a request that names no
     * {@link EngagementAction} (the web guard asks it before any handler runs). Someone with no part in it, or an
     * engagement that does not exist, is left to the handler, which answers "not found" as for any other engagement:
     * whether an engagement is closed is no more visible to outsiders than whether it exists.
     *
     * @throws EngagementClosed when the engagement is closed and {@code by} takes part in it
     */
    @Transactional(readOnly = true)
    public void refuseIfClosed(Long engagementId, CurrentUser by) {
        Optional<Engagement> found = engagements.findById(engagementId);
        if (found.isEmpty() || found.get().takesWrites()) {
            return;
        }
        if (by != null && !participations(by, found.get()).isEmpty()) {
            throw new EngagementClosed(engagementId);
        }
    }
}
