package dev.triad.engagement;

import java.util.List;

/** What the engagement page shows: the facts everyone taking part may see. */
public record EngagementOverview(EngagementAccess access, HoursBalance hours, List<CoachAssignment> coachHistory) {

    public Engagement engagement() {
        return access.engagement();
    }
}
