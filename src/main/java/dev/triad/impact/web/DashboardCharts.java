package dev.triad.impact.web;

import dev.triad.impact.Aggregate;
import dev.triad.impact.Dashboard;
import dev.triad.impact.FigureRows.ComparedRow;
import dev.triad.impact.Figures.CoachLoad;
import dev.triad.impact.Figures.Impact;
import dev.triad.impact.Figures.PhaseCount;
import dev.triad.programme.Programme;
import dev.triad.system.ChartJson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's charts as JSON for a canvas's data-chart attribute, drawn by /js/impact-charts.js (no inline
 * script). Only shown aggregates have a chart; a suppressed one has none.
 */
public class DashboardCharts {

    private static final List<String> ATTENDANCE_COLOURS = List.of("#198754", "#6c757d", "#dc3545", "#7a1c25");
    private static final List<String> BEFORE_AFTER = List.of("#adb5bd", "#2f3e5c");
    private static final List<String> GOAL_COLOURS = List.of("#198754", "#0d6efd", "#adb5bd");

    private final Dashboard d;

    DashboardCharts(Dashboard dashboard) {
        this.d = dashboard;
    }

    private static String spec(
            String type, List<String> labels, List<Map<String, Object>> datasets, Map<String, Object> options) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", type);
        spec.put("labels", labels);
        spec.put("datasets", datasets);
        spec.putAll(options);
        return ChartJson.write(spec);
    }

    private static Map<String, Object> dataset(String label, List<? extends Number> data) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("label", label);
        set.put("data", data);
        return set;
    }

    private static Map<String, Object> dataset(String label, List<? extends Number> data, List<String> colours) {
        Map<String, Object> set = dataset(label, data);
        set.put("colors", colours);
        return set;
    }

    public String phases() {
        List<PhaseCount> counts = d.phases().value().counts();
        return spec(
                "bar",
                counts.stream().map(c -> c.phase().label()).toList(),
                List.of(dataset(
                        "Engagements",
                        counts.stream().map(PhaseCount::engagements).toList())),
                Map.of("integer", true));
    }

    public String coachLoad() {
        List<CoachLoad> loads = d.coachLoad().value().coaches();
        return spec(
                "bar",
                loads.stream().map(CoachLoad::coach).toList(),
                List.of(
                        dataset(
                                "Active in this programme",
                                loads.stream().map(CoachLoad::activeHere).toList()),
                        dataset(
                                "Active in all programmes",
                                loads.stream().map(CoachLoad::activeEverywhere).toList()),
                        dataset(
                                "Capacity",
                                loads.stream().map(CoachLoad::capacity).toList())),
                Map.of("horizontal", true, "integer", true));
    }

    public String attendance() {
        var a = d.attendance().value();
        return spec(
                "doughnut",
                List.of("Held", "Cancelled in time", "Late-cancelled", "No-show"),
                List.of(dataset(
                        "Sessions",
                        List.of(a.held(), a.cancelledInTime(), a.lateCancelled(), a.noShow()),
                        ATTENDANCE_COLOURS)),
                Map.of());
    }

    public String hours() {
        var h = d.hours().value();
        return spec(
                "bar",
                List.of("Contracted", "Used", "Remaining"),
                List.of(dataset(
                        "Hours",
                        List.of(h.contracted(), h.used(), h.contracted().subtract(h.used())))),
                Map.of());
    }

    public String goals() {
        var g = d.goals().value();
        return spec(
                "doughnut",
                List.of("Achieved", "Active", "Dropped"),
                List.of(dataset("Goals", List.of(g.achieved(), g.active(), g.dropped()), GOAL_COLOURS)),
                Map.of());
    }

    public String checkIns() {
        var c = d.checkIns().value();
        return spec(
                "bar",
                List.of("1 Not at all", "2 Not really", "3 Somewhat", "4 Mostly", "5 Very well"),
                List.of(dataset("Answers", c.distribution())),
                Map.of("integer", true));
    }

    public String closeOut() {
        var c = d.closeOut().value();
        return spec(
                "bar",
                List.of("Satisfaction", "Goals achieved", "Behaviour change"),
                List.of(dataset("Average (1 to 5)", List.of(c.satisfaction(), c.goalsAchieved(), c.behaviourChange()))),
                Map.of("max", 5));
    }

    /** One chart per shown measure: its units differ, so each has its own scale. */
    public String impact(Aggregate<Impact> measure) {
        Impact i = measure.value();
        return spec(
                "bar",
                List.of("Before", "After"),
                List.of(dataset(i.unit(), List.of(i.before(), i.after()), BEFORE_AFTER)),
                Map.of());
    }

    /** Compared programmes: the percentage figures, one group of bars per figure, one colour per programme. */
    static String comparison(List<Dashboard> dashboards, List<ComparedRow> rows) {
        List<ComparedRow> percentRows =
                rows.stream().filter(r -> !r.percents().isEmpty()).toList();
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (int i = 0; i < dashboards.size(); i++) {
            Programme p = dashboards.get(i).programme();
            List<BigDecimal> values = new ArrayList<>();
            for (ComparedRow row : percentRows) {
                values.add(row.percents().get(i));
            }
            datasets.add(dataset(p.getName(), values));
        }
        return spec("bar", percentRows.stream().map(ComparedRow::figure).toList(), datasets, Map.of("max", 100));
    }
}
