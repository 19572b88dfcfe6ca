package dev.triad.impact.web;

import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.impact.Aggregate;
import dev.triad.impact.Dashboard;
import dev.triad.impact.EngagementFacts;
import dev.triad.impact.FigureRows;
import dev.triad.impact.FigureRows.ComparedRow;
import dev.triad.impact.ProgrammeImpact;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * HR's programme dashboards (only HR reaches /programmes): charts and tables, the printable page, CSV exports,
 * and programmes compared side by side.
 */
@Controller
@RequestMapping("/programmes")
class ImpactController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ProgrammeImpact impact;
    private final Clock clock;
    private final AuditTrail audit;

    ImpactController(ProgrammeImpact impact, Clock clock, AuditTrail audit) {
        this.impact = impact;
        this.clock = clock;
        this.audit = audit;
    }

    /** The dashboard lists the engagements a page at a time (a programme may have a thousand); the CSV has them all. */
    static final int ENGAGEMENTS_PER_PAGE = 50;

    /** Engagements without impact measures named on the dashboard; the count says how many there are in all. */
    static final int MISSING_MEASURES_NAMED = 20;

    @GetMapping("/{id}/dashboard")
    String dashboard(@PathVariable Long id, @RequestParam(defaultValue = "0") int page, Model model) {
        Dashboard dashboard = impact.dashboard(id);
        model.addAttribute("d", dashboard);
        model.addAttribute("engagements", ListPage.of(dashboard.engagements(), page, ENGAGEMENTS_PER_PAGE));
        List<EngagementFacts> missing = dashboard.missingMeasures();
        model.addAttribute("missingCount", missing.size());
        model.addAttribute("missingNamed", missing.subList(0, Math.min(missing.size(), MISSING_MEASURES_NAMED)));
        model.addAttribute("figuredAt", LocalDateTime.ofInstant(dashboard.figuredAt(), clock.getZone()));
        model.addAttribute("charts", new DashboardCharts(dashboard));
        model.addAttribute("minimum", Aggregate.MINIMUM_ENGAGEMENTS);
        return "impact/dashboard";
    }

    @GetMapping("/{id}/dashboard/print")
    String print(@PathVariable Long id, Model model) {
        Dashboard dashboard = impact.dashboard(id);
        model.addAttribute("d", dashboard);
        model.addAttribute("rows", FigureRows.of(dashboard));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("minimum", Aggregate.MINIMUM_ENGAGEMENTS);
        return "impact/print";
    }

    @GetMapping("/{id}/dashboard.csv")
    ResponseEntity<String> aggregatesCsv(@PathVariable Long id) {
        Dashboard dashboard = impact.dashboard(id);
        return csv(dashboard.fileName("dashboard"), ImpactCsv.aggregates(dashboard));
    }

    @GetMapping("/{id}/engagements.csv")
    ResponseEntity<String> engagementsCsv(@PathVariable Long id) {
        Dashboard dashboard = impact.dashboard(id);
        return csv(dashboard.fileName("engagements"), ImpactCsv.engagements(dashboard));
    }

    @GetMapping("/compare")
    String compare(@RequestParam(required = false) List<Long> ids, Model model) {
        List<Dashboard> dashboards = impact.compare(ids);
        List<ComparedRow> rows = FigureRows.compared(dashboards);
        model.addAttribute("programmes", impact.allProgrammes());
        model.addAttribute(
                "chosen", dashboards.stream().map(d -> d.programme().getId()).toList());
        model.addAttribute("dashboards", dashboards);
        model.addAttribute("rows", rows);
        model.addAttribute("chart", dashboards.isEmpty() ? null : DashboardCharts.comparison(dashboards, rows));
        model.addAttribute("minimum", Aggregate.MINIMUM_ENGAGEMENTS);
        return "impact/compare";
    }

    @GetMapping("/compare.csv")
    ResponseEntity<String> compareCsv(@RequestParam(required = false) List<Long> ids) {
        List<Dashboard> dashboards = impact.compare(ids);
        return csv("programmes-compared.csv", ImpactCsv.comparison(dashboards, FigureRows.compared(dashboards)));
    }

    /** A CSV download, written in the audit log (who exported which file). */
    private ResponseEntity<String> csv(String fileName, String body) {
        audit.recordBySignedIn(AuditKind.EXPORTED, fileName, "CSV, aggregates and facts only");
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
