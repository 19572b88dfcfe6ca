package dev.triad.goal;

import dev.triad.system.ChartJson;
import dev.triad.system.Numbers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A goal's series for the chart on its page, placed by date: each check-in is a point at its day (days since
 * 1970-01-01, a linear axis, since no Chart.js date adapter is at hand) and the axis carries its own ticks, labelled
 * in the reader's date format. Only dates, numbers and those labels go out, as JSON in data-* attributes drawn by
 * /js/goal-chart.js; no user text.
 */
public final class GoalChart {

    /** Dates up to this many get a tick each; more get this many ticks spread evenly from the first to the last. */
    static final int MAX_TICKS = 6;
    /** Days on either side of a series that covers one day (or none), so the baseline and target lines show. */
    static final int MARGIN_DAYS = 3;

    private final Goal goal;
    private final List<GoalCheckIn> checkIns;
    private final DateTimeFormatter dates;
    private final long min;
    private final long max;
    private final List<Long> ticks;

    private GoalChart(Goal goal, List<GoalCheckIn> checkIns, DateTimeFormatter dates, LocalDate today) {
        this.goal = goal;
        this.checkIns = List.copyOf(checkIns);
        this.dates = dates;
        TreeSet<Long> days = checkIns.stream()
                .map(c -> c.getMeasuredOn().toEpochDay())
                .collect(Collectors.toCollection(TreeSet::new));
        if (days.size() <= 1) {
            long day = days.isEmpty() ? today.toEpochDay() : days.first();
            this.min = day - MARGIN_DAYS;
            this.max = day + MARGIN_DAYS;
            this.ticks = days.isEmpty() ? List.of() : List.of(day);
        } else {
            this.min = days.first();
            this.max = days.last();
            this.ticks = days.size() <= MAX_TICKS ? List.copyOf(days) : spread(min, max);
        }
    }

    /** The chart of {@code goal}'s check-ins (oldest first) for a reader in {@code locale}. */
    public static GoalChart of(Goal goal, List<GoalCheckIn> checkIns, Locale locale, LocalDate today) {
        return new GoalChart(goal, checkIns, readerDates(locale), today);
    }

    /** How a reader in {@code locale} writes a day: 1 Mar 2026, Mar 1, 2026, 01.03.2026. */
    public static DateTimeFormatter readerDates(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static List<Long> spread(long first, long last) {
        List<Long> spread = new ArrayList<>();
        for (int i = 0; i < MAX_TICKS; i++) {
            spread.add(first + Math.round((double) (last - first) * i / (MAX_TICKS - 1)));
        }
        return spread;
    }

    /** [{"x": day, "y": value, "date": label}, …], oldest first. */
    public String pointsJson() {
        return ChartJson.write(checkIns.stream()
                .map(c -> point(
                        "x",
                        c.getMeasuredOn().toEpochDay(),
                        "y",
                        Numbers.stripped(c.getValue()),
                        "date",
                        day(c.getMeasuredOn())))
                .toList());
    }

    /** {"min": day, "max": day, "ticks": [{"value": day, "label": label}, …]}. */
    public String axisJson() {
        return ChartJson.write(point(
                "min",
                min,
                "max",
                max,
                "ticks",
                ticks.stream()
                        .map(t -> point("value", t, "label", day(LocalDate.ofEpochDay(t))))
                        .toList()));
    }

    /** Keys and values in the order given, so the JSON reads in that order. */
    private static Map<String, Object> point(Object... keysAndValues) {
        Map<String, Object> point = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            point.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return point;
    }

    /** A day as this reader writes it. */
    public String day(LocalDate date) {
        return dates.format(date);
    }

    public String baseline() {
        return goal.getMetricBaselineText();
    }

    public String target() {
        return goal.getMetricTargetText();
    }
}
