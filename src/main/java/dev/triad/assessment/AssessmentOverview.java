package dev.triad.assessment;

import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementContent;

import java.util.List;

/**
 * The assessments page: for client and coach every assessment; for the leader the shared ones; for HR
 * only that assessments exist ({@code facts}), never their content.
 */
public record AssessmentOverview(EngagementAccess access, List<AssessmentCard> cards, List<AssessmentFact> facts) {

    /** Client and coach record and edit assessments. */
    public boolean mayWrite() {
        return access.may(EngagementContent.ASSESSMENTS);
    }

    /** HR: kinds and dates only. */
    public boolean factsOnly() {
        return !access.may(EngagementContent.SHARED_ASSESSMENTS);
    }

    /** Assessments with strengths or development areas, for the side-by-side view. */
    public List<AssessmentCard> withStrengthsOrAreas() {
        return cards.stream()
                .filter(c -> !c.assessment().getStrengthList().isEmpty()
                        || !c.assessment().getDevelopmentAreaList().isEmpty())
                .toList();
    }
}
