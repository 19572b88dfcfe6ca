package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.Set;

/**
 * The one place that decides who may see what of an engagement. Access comes from taking part in
 * <em>that</em> engagement (its client, coach or leader); HR administrators see the facts of every
 * engagement and none of its confidential content. Someone with no part in an engagement is told it
 * does not exist (404), so ids cannot be probed.
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
        Engagement engagement = engagements.findWithPeople(engagementId)
                .orElseThrow(() -> new NotFoundException("Engagement"));
        Set<Participation> participations = participations(viewer, engagement);
        if (participations.isEmpty()) {
            throw new NotFoundException("Engagement");
        }
        EngagementAccess access = new EngagementAccess(engagement, participations);
        if (!access.may(content)) {
            throw new ForbiddenException("You may not see this part of the engagement");
        }
        return access;
    }
}
