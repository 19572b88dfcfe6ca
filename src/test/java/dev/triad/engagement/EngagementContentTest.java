package dev.triad.engagement;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static dev.triad.engagement.EngagementContent.*;
import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md's "who may see what" table, row by row. */
class EngagementContentTest {

    private static Set<EngagementContent> visibleTo(Participation participation) {
        Set<EngagementContent> visible = EnumSet.noneOf(EngagementContent.class);
        for (EngagementContent content : EngagementContent.values()) {
            if (new EngagementAccess(null, EnumSet.of(participation)).may(content)) {
                visible.add(content);
            }
        }
        return visible;
    }

    @Test
    void hrSeesFactsAndAggregateGoalProgressButNoConfidentialContent() {
        assertThat(visibleTo(Participation.HR)).containsExactlyInAnyOrder(FACTS, GOAL_PROGRESS_AGGREGATE);
    }

    @Test
    void theLeaderSeesFactsSharedContentAndAlignmentOnly() {
        assertThat(visibleTo(Participation.LEADER))
                .containsExactlyInAnyOrder(FACTS, SHARED_ASSESSMENTS, SHARED_GOALS, ALIGNMENT_AND_REPORTS);
    }

    @Test
    void theCoachSeesEverythingButTheClientsUnsharedReflections() {
        assertThat(visibleTo(Participation.COACH))
                .contains(COACH_PRIVATE_NOTES, COACHABILITY, SHARED_REFLECTIONS, ASSESSMENTS)
                .doesNotContain(REFLECTIONS);
    }

    @Test
    void theClientSeesTheirOwnContentButNeverTheCoachsPrivateNotesOrCoachability() {
        assertThat(visibleTo(Participation.CLIENT))
                .contains(REFLECTIONS, REFERRALS, ASSESSMENTS, ACTION_STEPS)
                .doesNotContain(COACH_PRIVATE_NOTES, COACHABILITY);
    }

    @Test
    void someoneWhoIsBothCoachAndHrSeesWhatEitherMay() {
        EngagementAccess access = new EngagementAccess(null, EnumSet.of(Participation.HR, Participation.COACH));
        assertThat(access.may(COACH_PRIVATE_NOTES)).isTrue();
        assertThat(access.may(REFLECTIONS)).isFalse();
    }
}
