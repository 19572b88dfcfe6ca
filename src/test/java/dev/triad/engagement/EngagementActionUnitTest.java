package dev.triad.engagement;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The table of who may act (DOMAIN.md's rules on confidentiality and on a closed engagement), row by row. */
class EngagementActionUnitTest {

    /** The acts a closed engagement still takes: the close-out answers, and taking a share back. */
    static final Set<EngagementAction> TAKEN_WHEN_CLOSED = EnumSet.of(
            EngagementAction.ANSWER_CLOSE_OUT,
            EngagementAction.WITHDRAW_ASSESSMENT_SHARE,
            EngagementAction.MAKE_JOURNAL_ENTRY_PRIVATE);

    @Test
    void aClosedEngagementIsReadOnlyButForTheCloseOutAnswersAndTakingSharesBack() {
        assertThat(Arrays.stream(EngagementAction.values()).filter(a -> a.takenIn(Phase.CLOSED)))
                .containsExactlyInAnyOrderElementsOf(TAKEN_WHEN_CLOSED);
    }

    @Test
    void everyActIsTakenInEveryPhaseWhileTheEngagementIsOpen() {
        for (EngagementAction action : EngagementAction.values()) {
            for (Phase phase : Phase.values()) {
                if (phase.isActive()) {
                    assertThat(action.takenIn(phase))
                            .as(action + " in " + phase)
                            .isTrue();
                }
            }
        }
    }

    @Test
    void hrWritesNothingConfidentialOnlyTheEngagementsFacts() {
        for (EngagementAction action : EngagementAction.values()) {
            if (action.allowedTo(Participation.HR)) {
                assertThat(action.writes()).as(action.name()).isEqualTo(EngagementContent.FACTS);
            }
        }
        assertThat(Arrays.stream(EngagementAction.values()).filter(a -> a.allowedTo(Participation.HR)))
                .containsExactlyInAnyOrder(
                        EngagementAction.MOVE_PHASE,
                        EngagementAction.ADJUST_HOURS,
                        EngagementAction.ACKNOWLEDGE_ATTENDANCE_ALERT);
    }

    @Test
    void whoMayTakeAnActMaySeeWhatItWrites() {
        for (EngagementAction action : EngagementAction.values()) {
            for (Participation actor : action.actors()) {
                assertThat(action.writes().readableBy(actor))
                        .as(actor + " may " + action + " and so sees " + action.writes())
                        .isTrue();
            }
        }
    }

    @Test
    void theLeaderWritesOnlyFeedbackConfirmationsAndCloseOutAnswersNeverTheClientsOwnContent() {
        assertThat(Arrays.stream(EngagementAction.values()).filter(a -> a.allowedTo(Participation.LEADER)))
                .containsExactlyInAnyOrder(
                        EngagementAction.ANSWER_CLOSE_OUT,
                        EngagementAction.GIVE_LEADER_INPUT,
                        EngagementAction.CONFIRM_ALIGNMENT_OUTCOME,
                        EngagementAction.GIVE_LEADER_FEEDBACK);
    }

    @Test
    void onlyTheClientSharesOrTakesBackTheirOwnContentAndOnlyTheCoachWritesTheCoachsOwn() {
        for (EngagementAction action : EnumSet.of(
                EngagementAction.SHARE_ASSESSMENT,
                EngagementAction.WITHDRAW_ASSESSMENT_SHARE,
                EngagementAction.SHARE_JOURNAL_ENTRY,
                EngagementAction.MAKE_JOURNAL_ENTRY_PRIVATE,
                EngagementAction.WRITE_JOURNAL_ENTRY)) {
            assertThat(action.actors()).as(action.name()).containsExactly(Participation.CLIENT);
        }
        for (EngagementAction action : EnumSet.of(
                EngagementAction.WRITE_PRIVATE_NOTE,
                EngagementAction.RATE_COACHABILITY,
                EngagementAction.REFER,
                EngagementAction.WRITE_INTAKE_INTERVIEW)) {
            assertThat(action.actors()).as(action.name()).containsExactly(Participation.COACH);
        }
    }

    @Test
    void aRefusalIsForbiddenButWhereTheActIsHiddenFromOthers() {
        assertThat(Arrays.stream(EngagementAction.values())
                        .filter(a -> a.refusalStatus().equals("404")))
                .containsExactly(EngagementAction.ANSWER_CLOSE_OUT);
    }
}
