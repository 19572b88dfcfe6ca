package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.Timing;
import dev.triad.system.ForbiddenException;
import dev.triad.system.RuleMessages;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phase guards on the engagement (DOMAIN.md, "Phases"), without a database. */
class PhaseGuardsUnitTest {

    static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    static final Set<Participation> COACH = EnumSet.of(Participation.COACH);
    static final Set<Participation> HR = EnumSet.of(Participation.HR);
    static final PhaseFacts CONFIRMED_INITIAL = new PhaseFacts(true, false);
    static final PhaseFacts CLOSING_HELD = new PhaseFacts(true, true);

    static User person(long id, Role role) {
        User user = new User("p" + id + "@test.triad", "Person " + id, null, EnumSet.of(role), NOW);
        ReflectionTestUtils.setField(user, "id", id);
        return user;
    }

    static Engagement engagement(CoachingType type, Phase phase) {
        Programme programme = new Programme(
                "P", null, Timing.PROACTIVE, type, BigDecimal.TEN, LocalDate.parse("2026-01-01"), null, NOW);
        Engagement engagement = new Engagement(
                person(1, Role.CLIENT),
                person(2, Role.LEADER),
                programme,
                type,
                Timing.PROACTIVE,
                BigDecimal.TEN,
                LocalDate.parse("2026-02-01"),
                LocalDate.parse("2026-12-01"),
                null,
                NOW);
        ReflectionTestUtils.setField(engagement, "id", 7L);
        ReflectionTestUtils.setField(engagement, "phase", phase);
        return engagement;
    }

    static PhaseChange move(
            Engagement engagement, Phase to, Closure closure, String reason, PhaseFacts facts, Set<Participation> by) {
        return engagement.moveTo(
                new PhaseMove(engagement.getPhase(), to, closure, reason), facts, by, person(3, Role.COACH), NOW);
    }

    static PhaseChange move(Engagement engagement, Phase to, PhaseFacts facts) {
        return move(engagement, to, null, null, facts, COACH);
    }

    @Test
    void theCoachMovesAnEngagementOnePhaseForwardAndTheMoveIsRecordedWithWhoWhenAndWhy() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.INTAKE);
        PhaseChange change = move(engagement, Phase.ASSESSMENT, null, "Intake interview done", PhaseFacts.NONE, COACH);
        assertThat(engagement.getPhase()).isEqualTo(Phase.ASSESSMENT);
        assertThat(change.getFromPhase()).isEqualTo(Phase.INTAKE);
        assertThat(change.getToPhase()).isEqualTo(Phase.ASSESSMENT);
        assertThat(change.getMovedBy().getId()).isEqualTo(3L);
        assertThat(change.getMovedByRole()).isEqualTo(Participation.COACH);
        assertThat(change.getMovedAt()).isEqualTo(NOW);
        assertThat(change.getReason()).isEqualTo("Intake interview done");
        assertThat(change.isSkip()).isFalse();
        assertThat(change.getEngagementId()).isEqualTo(7L);
    }

    @Test
    void coachingNeedsAConfirmedInitialAlignmentMeeting() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.ALIGNMENT);
        assertThatThrownBy(() -> move(engagement, Phase.COACHING, new PhaseFacts(false, true)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("initial alignment meeting"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("to");
        assertThat(engagement.getPhase()).isEqualTo(Phase.ALIGNMENT);
        move(engagement, Phase.COACHING, CONFIRMED_INITIAL);
        assertThat(engagement.getPhase()).isEqualTo(Phase.COACHING);
    }

    @Test
    void aReasonDoesNotReplaceTheInitialAlignmentMeeting() {
        Engagement engagement = engagement(CoachingType.DEVELOPMENT, Phase.INTAKE);
        assertThatThrownBy(() -> move(engagement, Phase.SUSTAINMENT, null, "We are in a hurry", PhaseFacts.NONE, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("initial alignment meeting"));
    }

    @Test
    void performanceCoachingStartsWithoutAnAlignmentMeeting() {
        Engagement engagement = engagement(CoachingType.PERFORMANCE, Phase.ALIGNMENT);
        move(engagement, Phase.COACHING, PhaseFacts.NONE);
        assertThat(engagement.getPhase()).isEqualTo(Phase.COACHING);
    }

    @Test
    void anEngagementAlreadyInCoachingMovesOnToSustainmentWithoutTheGuardAgain() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.COACHING);
        move(engagement, Phase.SUSTAINMENT, PhaseFacts.NONE);
        assertThat(engagement.getPhase()).isEqualTo(Phase.SUSTAINMENT);
    }

    @Test
    void skippingAPhaseNeedsAReasonAndRecordsWhatWasPassedOver() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.INTAKE);
        assertThatThrownBy(() -> move(engagement, Phase.ALIGNMENT, PhaseFacts.NONE))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("passes over Assessment"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("reason");
        PhaseChange change = move(
                engagement, Phase.ALIGNMENT, null, "The 360 was done before the engagement", PhaseFacts.NONE, COACH);
        assertThat(change.isSkip()).isTrue();
        assertThat(change.skippedLabels()).isEqualTo("Assessment");
        assertThat(engagement.getPhase()).isEqualTo(Phase.ALIGNMENT);
    }

    @Test
    void performanceCoachingGoingStraightToCoachingStillExplainsTheSkippedPhases() {
        Engagement engagement = engagement(CoachingType.PERFORMANCE, Phase.INTAKE);
        assertThatThrownBy(() -> move(engagement, Phase.COACHING, PhaseFacts.NONE))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("Assessment and Alignment"));
        assertThat(move(engagement, Phase.COACHING, null, "Personal goals only", PhaseFacts.NONE, COACH)
                        .skippedLabels())
                .isEqualTo("Assessment, Alignment");
    }

    @Test
    void closingAsCompletedNeedsTheClosingMeetingOrAReason() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.SUSTAINMENT);
        assertThatThrownBy(() -> move(engagement, Phase.CLOSED, Closure.COMPLETED, null, CONFIRMED_INITIAL, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("closing alignment meeting"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("reason");
        PhaseChange change = move(engagement, Phase.CLOSED, Closure.COMPLETED, null, CLOSING_HELD, COACH);
        assertThat(change.getClosure()).isEqualTo(Closure.COMPLETED);
        assertThat(engagement.getPhase()).isEqualTo(Phase.CLOSED);

        Engagement other = engagement(CoachingType.ALIGNED, Phase.SUSTAINMENT);
        move(
                other,
                Phase.CLOSED,
                Closure.COMPLETED,
                "The leader left the company before the closing meeting",
                CONFIRMED_INITIAL,
                COACH);
        assertThat(other.getPhase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void closingNeedsToSayHowItEndedAndEndingEarlyNeedsAReason() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.COACHING);
        assertThatThrownBy(() -> move(engagement, Phase.CLOSED, null, "done", CLOSING_HELD, COACH))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("closure");
        assertThatThrownBy(() -> move(engagement, Phase.CLOSED, Closure.TERMINATED, " ", CLOSING_HELD, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("ending the coaching early"));
        PhaseChange change =
                move(engagement, Phase.CLOSED, Closure.TERMINATED, "The client changed jobs", PhaseFacts.NONE, COACH);
        assertThat(change.isSkip()).as("ending early passes over nothing").isFalse();
    }

    @Test
    void completingFromCoachingPassesOverSustainmentAndNeedsAReason() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.COACHING);
        assertThatThrownBy(() -> move(engagement, Phase.CLOSED, Closure.COMPLETED, null, CLOSING_HELD, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("passes over Sustainment"));
    }

    @Test
    void hrMayCloseButNotMoveBetweenPhases() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.INTAKE);
        assertThatThrownBy(() -> move(engagement, Phase.ASSESSMENT, null, "x", PhaseFacts.NONE, HR))
                .isInstanceOf(ForbiddenException.class);
        PhaseChange change =
                move(engagement, Phase.CLOSED, Closure.TERMINATED, "Budget withdrawn", PhaseFacts.NONE, HR);
        assertThat(change.getMovedByRole()).isEqualTo(Participation.HR);
        assertThat(engagement.getPhase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void theClientAndTheLeaderMoveNothing() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.INTAKE);
        for (Participation part : new Participation[] {Participation.CLIENT, Participation.LEADER}) {
            assertThatThrownBy(() -> move(engagement, Phase.ASSESSMENT, null, null, PhaseFacts.NONE, EnumSet.of(part)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void anEngagementMovesForwardOnlyAndNeverOnceClosed() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.COACHING);
        assertThatThrownBy(() -> move(engagement, Phase.ALIGNMENT, null, "back", CLOSING_HELD, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("forward only"));
        assertThatThrownBy(() -> move(engagement, Phase.COACHING, CLOSING_HELD))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("already in Coaching"));
        Engagement closed = engagement(CoachingType.ALIGNED, Phase.CLOSED);
        assertThatThrownBy(() -> move(closed, Phase.CLOSED, Closure.COMPLETED, "again", CLOSING_HELD, COACH))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("closed"));
    }

    @Test
    void aMoveBasedOnAStalePhaseIsRefused() {
        Engagement engagement = engagement(CoachingType.ALIGNED, Phase.ASSESSMENT);
        assertThatThrownBy(() -> engagement.moveTo(
                        new PhaseMove(Phase.INTAKE, Phase.ASSESSMENT, null, null),
                        PhaseFacts.NONE,
                        COACH,
                        person(3, Role.COACH),
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("in the meantime"));
    }
}
