package dev.triad.goal;

import dev.triad.programme.CoachingType;
import dev.triad.system.RuleMessages;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A goal's progress from baseline to target, and the rules of its metric and check-ins. */
class GoalTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final LocalDate START = LocalDate.parse("2026-01-05");

    static Goal goal(String baseline, String target) {
        return new Goal(
                1L,
                new GoalDetails(
                        "Delegate more",
                        "My team decides without me",
                        GoalCategory.WORK,
                        baseline == null ? null : "hours a week",
                        number(baseline),
                        number(target),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                null,
                NOW);
    }

    static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        Goal goal = goal("2", "12");
        assertThat(goal.progressPercent(number("2"))).isZero();
        assertThat(goal.progressPercent(number("7"))).isEqualTo(50);
        assertThat(goal.progressPercent(number("4.5"))).isEqualTo(25);
        assertThat(goal.progressPercent(number("12"))).isEqualTo(100);
    }

    @Test
    void progressIsRoundedDownSoThatOneHundredMeansTheTargetIsReached() {
        Goal goal = goal("0", "3");
        assertThat(goal.progressPercent(number("2"))).isEqualTo(66);
        assertThat(goal.progressPercent(number("2.999"))).isEqualTo(99);
    }

    @Test
    void progressIsClampedBetweenZeroAndOneHundred() {
        Goal goal = goal("10", "20");
        assertThat(goal.progressPercent(number("5"))).isZero();
        assertThat(goal.progressPercent(number("35"))).isEqualTo(100);
        assertThat(goal.progressPercent(number("999999999999"))).isEqualTo(100);
        assertThat(goal.progressPercent(number("-999999999999"))).isZero();
    }

    @Test
    void aMetricToReduceProgressesAsTheValueGoesDown() {
        Goal goal = goal("50", "30");
        assertThat(goal.isReduction()).isTrue();
        assertThat(goal.progressPercent(number("50"))).isZero();
        assertThat(goal.progressPercent(number("45"))).isEqualTo(25);
        assertThat(goal.progressPercent(number("30"))).isEqualTo(100);
        assertThat(goal.progressPercent(number("25"))).isEqualTo(100);
        assertThat(goal.progressPercent(number("60"))).isZero();
    }

    @Test
    void aTargetEqualToTheBaselineMeansHoldingTheLevel() {
        Goal goal = goal("8", "8");
        assertThat(goal.progressPercent(number("8.000"))).isEqualTo(100);
        assertThat(goal.progressPercent(number("7"))).isZero();
        assertThat(goal.progressPercent(number("9"))).isZero();
    }

    @Test
    void thereIsNoProgressWithoutAMetricOrWithoutAValue() {
        assertThat(goal(null, null).progressPercent(number("5"))).isNull();
        assertThat(goal("1", "5").progressPercent(null)).isNull();
        assertThat(goal("1", "5").progressStep(null)).isZero();
    }

    @Test
    void theProgressBarMovesInStepsOfFive() {
        Goal goal = goal("0", "100");
        assertThat(goal.progressStep(number("67"))).isEqualTo(65);
        assertThat(goal.progressStep(number("4"))).isZero();
        assertThat(goal.progressStep(number("100"))).isEqualTo(100);
    }

    @Test
    void aMetricIsAllThreePartsOrNone() {
        assertThatThrownBy(() -> new Goal(
                        1L,
                        new GoalDetails(
                                "Run",
                                "A 10 km race",
                                GoalCategory.HEALTH,
                                "km",
                                null,
                                number("10"),
                                GoalStatus.ACTIVE,
                                GoalVisibility.PRIVATE),
                        null,
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("metricBaseline");
        assertThatThrownBy(() -> new Goal(
                        1L,
                        new GoalDetails(
                                "Run",
                                "A 10 km race",
                                GoalCategory.HEALTH,
                                " ",
                                number("2"),
                                number("10"),
                                GoalStatus.ACTIVE,
                                GoalVisibility.PRIVATE),
                        null,
                        NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("metricUnit");
        assertThat(goal(null, null).hasMetric()).isFalse();
    }

    @Test
    void aCheckInCannotBeInTheFutureNorBeforeTheEngagementStarted() {
        Goal goal = goal("2", "12");
        assertThatThrownBy(() -> goal.recordCheckIn(TODAY.plusDays(1), number("3"), null, null, NOW, TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("future"))
                .extracting("field")
                .isEqualTo("measuredOn");
        assertThatThrownBy(() -> goal.recordCheckIn(START.minusDays(1), number("3"), null, null, NOW, TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("5 Jan 2026"));
        assertThat(goal.recordCheckIn(TODAY, number("3"), " ", null, NOW, TODAY, START)
                        .getComment())
                .isNull();
        assertThat(goal.recordCheckIn(START, number("3"), "first", null, NOW, TODAY, START)
                        .getMeasuredOn())
                .isEqualTo(START);
    }

    @Test
    void aCheckInValueMayLieAtMostAHundredSpansBeyondEitherEndOfTheGoal() {
        Goal raise = goal("2", "12");
        assertThat(raise.checkInRange().lowest()).isEqualByComparingTo("-998");
        assertThat(raise.checkInRange().highest()).isEqualByComparingTo("1012");
        Goal reduce = goal("50", "30");
        assertThat(reduce.checkInRange().lowest()).isEqualByComparingTo("-1970");
        assertThat(reduce.checkInRange().highest()).isEqualByComparingTo("2050");
        // holding a level: the level's size stands in for the span, at least 1
        assertThat(goal("8", "8").checkInRange())
                .extracting("lowest", "highest")
                .containsExactly(number("-792"), number("808"));
        assertThat(goal("0", "0").checkInRange())
                .extracting("lowest", "highest")
                .containsExactly(number("-100"), number("100"));
        assertThat(goal("0.5", "0.5").checkInRange().highest()).isEqualByComparingTo("100.5");
        assertThatThrownBy(() -> raise.recordCheckIn(TODAY, number("-999999999999"), null, null, NOW, TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("value");
        assertThat(raise.recordCheckIn(TODAY, number("1012"), null, null, NOW, TODAY, START)
                        .getValueText())
                .isEqualTo("1012");
    }

    @Test
    void aCorrectedCheckInFollowsTheRulesOfANewOne() {
        Goal goal = goal("2", "12");
        GoalCheckIn checkIn = goal.recordCheckIn(TODAY, number("3"), "typo", null, NOW, TODAY, START);
        assertThatThrownBy(
                        () -> goal.correctCheckIn(checkIn, TODAY, number("-999999999999"), "still wrong", TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("value");
        assertThatThrownBy(() -> goal.correctCheckIn(checkIn, TODAY.plusDays(1), number("4"), null, TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("measuredOn");
        assertThat(checkIn.getValueText()).isEqualTo("3");
        assertThat(checkIn.getComment()).isEqualTo("typo");
        goal.correctCheckIn(checkIn, TODAY.minusDays(2), number("9"), " ", TODAY, START);
        assertThat(checkIn.getValueText()).isEqualTo("9");
        assertThat(checkIn.getMeasuredOn()).isEqualTo(TODAY.minusDays(2));
        assertThat(checkIn.getComment()).isNull();
    }

    @Test
    void aGoalWithoutAMetricTakesNoCheckIns() {
        assertThatThrownBy(() -> goal(null, null).recordCheckIn(TODAY, number("3"), null, null, NOW, TODAY, START))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("value");
    }

    @Test
    void onlyASharedGoalTakesLeaderInput() {
        Goal goal = goal("2", "12");
        goal.describe(
                new GoalDetails(
                        "Delegate more",
                        "Team decides",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                NOW);
        assertThatThrownBy(() -> goal.addLeaderInput("Good", null, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void performanceCoachingGoalsArePrivateByDefaultAndOthersShared() {
        assertThat(GoalVisibility.defaultFor(CoachingType.PERFORMANCE)).isEqualTo(GoalVisibility.PRIVATE);
        assertThat(GoalVisibility.defaultFor(CoachingType.ALIGNED)).isEqualTo(GoalVisibility.SHARED);
        assertThat(GoalVisibility.defaultFor(CoachingType.DEVELOPMENT)).isEqualTo(GoalVisibility.SHARED);
        assertThat(GoalVisibility.defaultFor(CoachingType.PROGRAMMATIC)).isEqualTo(GoalVisibility.SHARED);
    }
}
