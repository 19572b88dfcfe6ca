package dev.triad.goal;

import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementContent;

import java.util.List;

/** The goals one viewer may see on an engagement: all of them for client and coach, the shared ones for the leader. */
public record GoalList(EngagementAccess access, List<GoalSummary> goals) {

    /** Client and coach write goals; the leader only reads the shared ones. */
    public boolean mayWrite() {
        return access.may(EngagementContent.GOALS);
    }
}
