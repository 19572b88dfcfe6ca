package dev.triad.impact.web;

import dev.triad.impact.Dashboard;
import dev.triad.impact.EngagementFacts;
import dev.triad.impact.FigureRows;
import dev.triad.impact.FigureRows.ComparedRow;
import dev.triad.system.Numbers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's CSV exports: its aggregate tables, the engagement list (facts only: no flag, no content) and the
 * comparison. Text that a spreadsheet would run as a formula (starting with =, +, - or @) is kept as text. Each file
 * starts with a UTF-8 byte-order mark, without which Excel on Windows reads "Zoë" as "ZoÃ«"; percentages are plain
 * numbers ("63"), the unit in the figure's name ("Achieved (% of goals)"), so that a spreadsheet can add them up.
 */
final class ImpactCsv {

    /** U+FEFF, written as EF BB BF in UTF-8. */
    static final String BYTE_ORDER_MARK = "\uFEFF";

    private ImpactCsv() {}

    static String aggregates(Dashboard d) {
        return write(
                List.of("Section", "Figure", "Value", "Engagements"),
                FigureRows.of(d).stream()
                        .map(r ->
                                List.of(r.section(), text(r.figure()), number(r.percent(), r.value()), r.engagements()))
                        .toList());
    }

    static String engagements(Dashboard d) {
        List<List<String>> rows = new ArrayList<>();
        for (EngagementFacts e : d.engagements()) {
            rows.add(List.of(
                    text(e.client()),
                    text(e.leader()),
                    e.coach() == null ? "" : text(e.coach()),
                    e.phase().label(),
                    e.coachingType().label(),
                    e.timing().label(),
                    e.startsOn().toString(),
                    e.plannedEndOn().toString(),
                    e.contractedText(),
                    e.usedText(),
                    String.valueOf(e.held()),
                    String.valueOf(e.cancelledInTime()),
                    String.valueOf(e.lateCancelled()),
                    String.valueOf(e.noShow()),
                    String.valueOf(e.impactMeasures())));
        }
        return write(
                List.of(
                        "Client",
                        "Leader",
                        "Coach",
                        "Phase",
                        "Coaching type",
                        "Timing",
                        "Starts on",
                        "Planned end",
                        "Hours contracted",
                        "Hours used",
                        "Sessions held",
                        "Cancelled in time",
                        "Late-cancelled",
                        "No-shows",
                        "Impact measures recorded"),
                rows);
    }

    static String comparison(List<Dashboard> dashboards, List<ComparedRow> compared) {
        List<String> header = new ArrayList<>();
        header.add("Figure");
        dashboards.forEach(d -> header.add(text(d.programme().getName())));
        List<List<String>> rows = new ArrayList<>();
        for (ComparedRow row : compared) {
            List<String> line = new ArrayList<>();
            line.add(row.figure());
            for (int i = 0; i < row.values().size(); i++) {
                line.add(number(
                        row.percents().isEmpty() ? null : row.percents().get(i),
                        row.values().get(i)));
            }
            rows.add(line);
        }
        return write(header, rows);
    }

    /** A percentage as the number a spreadsheet reads; any other value (a count, "—", a suppressed figure) as it is. */
    private static String number(BigDecimal percent, String text) {
        return percent == null ? text : Numbers.plain(percent);
    }

    /** Names people typed are never read as formulas. */
    static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
