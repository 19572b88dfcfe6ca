package dev.triad.impact;

import dev.triad.impact.Figures.CheckIns;
import dev.triad.impact.Figures.CloseOut;
import dev.triad.impact.Figures.Impact;
import dev.triad.impact.Figures.PhaseCount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A dashboard as plain rows (section, figure, value, engagements), for the CSV export and the printable page; and
 * the figures programmes are compared on. A suppressed aggregate gives one row saying so, never its numbers.
 */
public final class FigureRows {

    private FigureRows() {}

    /**
     * One figure: its value as text, over how many engagements (or "fewer than 5" when suppressed), and, for a
     * percentage, the number itself (the figure's name carries the unit), which the CSV writes instead of "63 %".
     */
    public record Row(String section, String figure, String value, String engagements, BigDecimal percent) {

        Row(String section, String figure, String value, String engagements) {
            this(section, figure, value, engagements, null);
        }
    }

    /** A figure of a section: its name, its value as text and, for a percentage, its number. */
    private record Figure(String name, String text, BigDecimal percent) {}

    private static Figure figure(String name, String text) {
        return new Figure(name, text, null);
    }

    private static Figure pct(String name, BigDecimal percent) {
        return new Figure(name, percent(percent), percent);
    }

    /** One compared figure: its value for each programme, in the programmes' order. */
    public record ComparedRow(String figure, List<String> values, List<BigDecimal> percents) {}

    private static final String FEWER = "fewer than " + Aggregate.MINIMUM_ENGAGEMENTS;

    public static List<Row> of(Dashboard d) {
        List<Row> rows = new ArrayList<>();
        section(
                rows,
                "Engagements by phase",
                d.phases(),
                p -> p.counts().stream()
                        .map(c -> figure(c.phase().label(), String.valueOf(c.engagements())))
                        .toList());
        section(
                rows,
                "Coach load",
                d.coachLoad(),
                c -> c.coaches().stream()
                        .flatMap(l -> List.of(
                                figure(
                                        l.coach() + ": active engagements in this programme",
                                        String.valueOf(l.activeHere())),
                                figure(l.coach() + ": all engagements in this programme", String.valueOf(l.allHere())),
                                figure(
                                        l.coach() + ": active engagements in all programmes, of capacity",
                                        l.activeEverywhere() + " of " + l.capacity()))
                                .stream())
                        .toList());
        section(
                rows,
                "Attendance (sessions)",
                d.attendance(),
                a -> List.of(
                        figure("Held", String.valueOf(a.held())),
                        figure("Cancelled in time", String.valueOf(a.cancelledInTime())),
                        figure("Late-cancelled", String.valueOf(a.lateCancelled())),
                        figure("No-show", String.valueOf(a.noShow())),
                        pct("Held (% of settled sessions)", a.heldPercent())));
        section(
                rows,
                "Hours",
                d.hours(),
                h -> List.of(
                        figure("Contracted", h.contractedText()),
                        figure("Used", h.usedText()),
                        figure("Remaining", h.remainingText()),
                        pct("Used (% of contracted)", h.percentUsed())));
        section(
                rows,
                "Goals",
                d.goals(),
                g -> List.of(
                        figure("Achieved", String.valueOf(g.achieved())),
                        figure("Active", String.valueOf(g.active())),
                        figure("Dropped", String.valueOf(g.dropped())),
                        pct("Achieved (% of goals)", g.achievedPercent())));
        section(rows, "Partnership check-ins", d.checkIns(), c -> {
            List<Figure> list = new ArrayList<>(List.of(
                    figure("Answers", String.valueOf(c.answers())),
                    figure("Average fit (1 to 5)", c.averageFitText()),
                    pct("Low-fit answers (% of answers)", c.lowFitPercent())));
            for (int i = 0; i < c.distribution().size(); i++) {
                list.add(figure(
                        "Answered " + (i + 1), String.valueOf(c.distribution().get(i))));
            }
            return list;
        });
        section(
                rows,
                "Close-out survey",
                d.closeOut(),
                c -> List.of(
                        figure("Answers", String.valueOf(c.answers())),
                        figure("Surveys sent", String.valueOf(c.surveysSent())),
                        pct("Response rate (%)", c.responsePercent()),
                        figure("Satisfaction (1 to 5)", c.satisfactionText()),
                        figure("Goals achieved (1 to 5)", c.goalsAchievedText()),
                        figure("Behaviour change observed (1 to 5)", c.behaviourChangeText()),
                        figure("Would recommend (0 to 10)", c.wouldRecommendText()),
                        figure("Net promoter score (-100 to 100)", String.valueOf(c.netPromoterScore()))));
        section(
                rows,
                "Impact measures",
                d.coverage(),
                c -> List.<Figure>of(
                        figure("Engagements with impact measures", c.withMeasures() + " of " + c.engagements())));
        if (d.impact().isEmpty()) {
            rows.add(new Row("Impact before and after", "No measure has an after value yet", "", ""));
        }
        for (Aggregate<Impact> measure : d.impact()) {
            if (measure.shown()) {
                Impact i = measure.value();
                String name = i.name() + " (" + i.unit() + ")";
                String n = String.valueOf(measure.engagements());
                rows.add(new Row("Impact before and after", name + ": average before", i.beforeText(), n));
                rows.add(new Row("Impact before and after", name + ": average after", i.afterText(), n));
                rows.add(new Row("Impact before and after", name + ": change", i.changeText(), n));
            }
        }
        long hidden = d.impact().stream().filter(a -> !a.shown()).count();
        if (hidden > 0) {
            rows.add(new Row(
                    "Impact before and after",
                    hidden + (hidden == 1 ? " measure" : " measures") + " with fewer than "
                            + Aggregate.MINIMUM_ENGAGEMENTS + " engagements",
                    Aggregate.SUPPRESSED,
                    FEWER));
        }
        return rows;
    }

    private static <T> void section(
            List<Row> rows, String section, Aggregate<T> aggregate, Function<T, List<Figure>> figures) {
        if (!aggregate.shown()) {
            rows.add(new Row(section, "All figures", Aggregate.SUPPRESSED, FEWER));
            return;
        }
        String n = String.valueOf(aggregate.engagements());
        for (Figure figure : figures.apply(aggregate.value())) {
            rows.add(new Row(section, figure.name(), figure.text(), n, figure.percent()));
        }
    }

    private static String percent(BigDecimal value) {
        return value == null ? "—" : value.toPlainString() + " %";
    }

    /** The figures programmes are compared on, one row each, suppressed per programme. */
    public static List<ComparedRow> compared(List<Dashboard> dashboards) {
        List<ComparedRow> rows = new ArrayList<>();
        rows.add(row(dashboards, "Engagements", d -> String.valueOf(d.engagementCount()), d -> null));
        rows.add(row(
                dashboards,
                "Closed (% of engagements)",
                d -> shown(
                        d.phases(),
                        p -> percentOf(
                                p.counts().stream()
                                        .filter(c -> !c.phase().isActive())
                                        .mapToLong(PhaseCount::engagements)
                                        .sum(),
                                p.total())),
                d -> value(
                        d.phases(),
                        p -> Figures.percent(
                                p.counts().stream()
                                        .filter(c -> !c.phase().isActive())
                                        .mapToLong(PhaseCount::engagements)
                                        .sum(),
                                p.total()))));
        rows.add(row(
                dashboards,
                "Coaches",
                d -> shown(d.coachLoad(), c -> String.valueOf(c.coaches().size())),
                d -> null));
        rows.add(row(
                dashboards,
                "Sessions held (% of settled)",
                d -> shown(d.attendance(), a -> percent(a.heldPercent())),
                d -> value(d.attendance(), Figures.Attendance::heldPercent)));
        rows.add(row(
                dashboards,
                "Late cancellations and no-shows (% of settled)",
                d -> shown(d.attendance(), a -> percent(Figures.percent(a.lateCancelled() + a.noShow(), a.settled()))),
                d -> value(d.attendance(), a -> Figures.percent(a.lateCancelled() + a.noShow(), a.settled()))));
        rows.add(row(
                dashboards,
                "Hours used (% of contracted)",
                d -> shown(d.hours(), h -> percent(h.percentUsed())),
                d -> value(d.hours(), Figures.Hours::percentUsed)));
        rows.add(row(
                dashboards,
                "Goals achieved (% of goals)",
                d -> shown(d.goals(), g -> percent(g.achievedPercent())),
                d -> value(d.goals(), Figures.Goals::achievedPercent)));
        rows.add(row(
                dashboards,
                "Check-in fit (average, 1 to 5)",
                d -> shown(d.checkIns(), CheckIns::averageFitText),
                d -> null));
        rows.add(row(
                dashboards,
                "Low-fit check-ins (% of answers)",
                d -> shown(d.checkIns(), c -> percent(c.lowFitPercent())),
                d -> value(d.checkIns(), CheckIns::lowFitPercent)));
        rows.add(row(
                dashboards,
                "Close-out satisfaction (average, 1 to 5)",
                d -> shown(d.closeOut(), CloseOut::satisfactionText),
                d -> null));
        rows.add(row(
                dashboards,
                "Close-out goals achieved (average, 1 to 5)",
                d -> shown(d.closeOut(), CloseOut::goalsAchievedText),
                d -> null));
        rows.add(row(
                dashboards,
                "Behaviour change observed (average, 1 to 5)",
                d -> shown(d.closeOut(), CloseOut::behaviourChangeText),
                d -> null));
        rows.add(row(
                dashboards,
                "Net promoter score",
                d -> shown(d.closeOut(), c -> String.valueOf(c.netPromoterScore())),
                d -> null));
        rows.add(row(
                dashboards,
                "Engagements with impact measures (%)",
                d -> shown(d.coverage(), c -> percent(c.percent())),
                d -> value(d.coverage(), Figures.Coverage::percent)));
        rows.add(row(
                dashboards,
                "Impact measures shown (5 engagements or more)",
                d -> String.valueOf(d.impact().stream().filter(Aggregate::shown).count()),
                d -> null));
        return rows;
    }

    private static String percentOf(long part, long whole) {
        return percent(Figures.percent(part, whole));
    }

    private static ComparedRow row(
            List<Dashboard> dashboards,
            String figure,
            Function<Dashboard, String> text,
            Function<Dashboard, BigDecimal> percent) {
        List<BigDecimal> percents = new ArrayList<>();
        for (Dashboard d : dashboards) {
            percents.add(percent.apply(d));
        }
        return new ComparedRow(
                figure,
                dashboards.stream().map(text).toList(),
                percents.stream().allMatch(p -> p == null) ? List.of() : percents);
    }

    private static <T> String shown(Aggregate<T> aggregate, Function<T, String> text) {
        return aggregate.shown() ? text.apply(aggregate.value()) : Aggregate.SUPPRESSED;
    }

    private static <T> BigDecimal value(Aggregate<T> aggregate, Function<T, BigDecimal> value) {
        return aggregate.shown() ? value.apply(aggregate.value()) : null;
    }
}
