package dev.triad.engagement.web;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.AccessReview;
import dev.triad.engagement.AccessReview.Line;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * HR downloads the access review (SOC 2): who has which role, whether they may sign in, when they last did, and which
 * engagements they take part in as what. One row per person and engagement, a person without engagements on a row of
 * their own. UTF-8 with a byte-order mark (Excel on Windows reads it right then), and text that a spreadsheet would
 * run as a formula (starting with =, +, - or @) kept as text.
 */
@Controller
class AccessReviewController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    /** The columns, in order. A column for the second factor goes after "Last sign-in (UTC)" once there is one. */
    static final List<String> HEADER = List.of(
            "Name", "Email", "Roles", "Status", "Last sign-in (UTC)", "Engagement", "Part", "Programme", "Phase");

    private final AccessReview review;
    private final AuditTrail audit;
    private final Clock clock;

    AccessReviewController(AccessReview review, AuditTrail audit, Clock clock) {
        this.review = review;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/people/access-review.csv")
    ResponseEntity<String> download(@AuthenticationPrincipal CurrentUser me) {
        List<Line> lines = review.lines(me);
        String fileName = "access-review-" + LocalDate.now(clock) + ".csv";
        String body = write(lines);
        audit.recordBySignedIn(
                AuditKind.EXPORTED,
                fileName,
                "CSV access review: "
                        + lines.stream().map(l -> l.person().getId()).distinct().count()
                        + " people, their roles, status, last sign-in and engagements");
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

    static String write(List<Line> lines) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get())) {
            for (Line line : lines) {
                printer.printRecord(row(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static List<String> row(Line line) {
        User person = line.person();
        List<String> row = new ArrayList<>();
        row.add(text(person.getFullName()));
        row.add(text(person.getEmail()));
        row.add(Role.labels(person.getRoles()));
        row.add(person.isActive() ? "Active" : "Deactivated");
        row.add(
                person.getLastSignedInAt() == null
                        ? "Never"
                        : person.getLastSignedInAt()
                                .truncatedTo(ChronoUnit.SECONDS)
                                .toString());
        if (line.engagement() == null) {
            row.addAll(List.of("", "", "", ""));
        } else {
            row.add(String.valueOf(line.engagement().engagementId()));
            row.add(line.partLabels());
            row.add(text(line.engagement().programme()));
            row.add(line.engagement().phase().label());
        }
        return row;
    }

    /** What people typed is never read as a formula. */
    static String text(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
