package dev.triad.goal;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The goal chart's data: check-ins placed by date on a time axis of days, its ticks labelled in the reader's format. */
class GoalChartTest {

    static final Locale BRITISH = Locale.UK;
    static final Locale AMERICAN = Locale.US;
    static final LocalDate TODAY = LocalDate.parse("2026-04-01");

    static GoalCheckIn on(Goal goal, String date, String value) {
        return new GoalCheckIn(goal, LocalDate.parse(date), new BigDecimal(value), null, null, GoalTest.NOW);
    }

    static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    @Test
    void checkInsArePlacedByTheirDateNotSideBySide() {
        Goal goal = GoalTest.goal("2", "12");
        GoalChart chart = GoalChart.of(
                goal,
                List.of(on(goal, "2026-03-01", "3"), on(goal, "2026-03-02", "4.5"), on(goal, "2026-03-30", "7")),
                BRITISH,
                TODAY);
        assertThat(chart.pointsJson())
                .isEqualTo("[{\"x\":" + day("2026-03-01") + ",\"y\":3,\"date\":\"1 Mar 2026\"},"
                        + "{\"x\":" + day("2026-03-02") + ",\"y\":4.5,\"date\":\"2 Mar 2026\"},"
                        + "{\"x\":" + day("2026-03-30") + ",\"y\":7,\"date\":\"30 Mar 2026\"}]");
        assertThat(chart.axisJson())
                .isEqualTo("{\"min\":" + day("2026-03-01") + ",\"max\":" + day("2026-03-30") + ",\"ticks\":["
                        + "{\"value\":" + day("2026-03-01") + ",\"label\":\"1 Mar 2026\"},"
                        + "{\"value\":" + day("2026-03-02") + ",\"label\":\"2 Mar 2026\"},"
                        + "{\"value\":" + day("2026-03-30") + ",\"label\":\"30 Mar 2026\"}]}");
        assertThat(chart.baseline()).isEqualTo("2");
        assertThat(chart.target()).isEqualTo("12");
    }

    @Test
    void theTicksAreLabelledInTheReadersDateFormat() {
        Goal goal = GoalTest.goal("2", "12");
        GoalChart chart = GoalChart.of(goal, List.of(on(goal, "2026-03-01", "3")), AMERICAN, TODAY);
        assertThat(chart.pointsJson()).contains("\"date\":\"Mar 1, 2026\"");
        assertThat(chart.axisJson()).contains("\"label\":\"Mar 1, 2026\"");
        assertThat(GoalChart.of(goal, List.of(on(goal, "2026-03-01", "3")), Locale.GERMANY, TODAY)
                        .axisJson())
                .contains("\"label\":\"01.03.2026\"");
    }

    @Test
    void oneDayOfCheckInsGetsAWeekAroundItSoTheBaselineAndTargetLinesShow() {
        Goal goal = GoalTest.goal("2", "12");
        GoalChart chart =
                GoalChart.of(goal, List.of(on(goal, "2026-03-10", "3"), on(goal, "2026-03-10", "4")), BRITISH, TODAY);
        assertThat(chart.axisJson())
                .startsWith("{\"min\":" + day("2026-03-07") + ",\"max\":" + day("2026-03-13") + ",")
                .contains("{\"value\":" + day("2026-03-10") + ",\"label\":\"10 Mar 2026\"}");
    }

    @Test
    void manyDatesGetSixEvenlySpacedTicksFromTheFirstToTheLast() {
        Goal goal = GoalTest.goal("2", "12");
        List<GoalCheckIn> weekly = java.util.stream.IntStream.range(0, 11)
                .mapToObj(
                        i -> on(goal, LocalDate.parse("2026-01-05").plusWeeks(i).toString(), String.valueOf(i)))
                .toList();
        String axis = GoalChart.of(goal, weekly, BRITISH, TODAY).axisJson();
        assertThat(axis.split("\"value\"", -1)).hasSize(7);
        assertThat(axis)
                .contains("{\"value\":" + day("2026-01-05") + ",\"label\":\"5 Jan 2026\"}")
                .contains("{\"value\":" + day("2026-01-19") + ",\"label\":\"19 Jan 2026\"}")
                .endsWith("{\"value\":" + day("2026-03-16") + ",\"label\":\"16 Mar 2026\"}]}");
    }

    @Test
    void noCheckInsDrawsAnAxisAroundTodayWithNoPoints() {
        Goal goal = GoalTest.goal("2", "12");
        GoalChart chart = GoalChart.of(goal, List.of(), BRITISH, LocalDate.parse("2026-03-10"));
        assertThat(chart.pointsJson()).isEqualTo("[]");
        assertThat(chart.axisJson())
                .startsWith("{\"min\":" + day("2026-03-07") + ",\"max\":" + day("2026-03-13") + ",");
    }
}
