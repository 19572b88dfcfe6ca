package dev.triad.assessment;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads against the real server with its servlet multipart limits (MockMvc has none): a file over 5 MB
 * is stopped in the browser before it is sent, and when sent anyway the server answers 413 with a page
 * that says why, never an error page or a refused CSRF token. A report within the limit goes through.
 */
class ReportUploadLimitIntegrationTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    static byte[] pdfOf(int size) {
        byte[] bytes = new byte[size];
        System.arraycopy(AssessmentTestData.PDF, 0, bytes, 0, AssessmentTestData.PDF.length);
        return bytes;
    }

    @Test
    void aReportOverFiveMegabytesIsRefusedWithAClearMessageInTheBrowserAndByTheServer() {
        Triad t = fixtures.aTriad();
        Assessment report = assessments.create(
                t.id(),
                new AssessmentDetails(AssessmentKind.PSYCHOMETRIC, "Big report", LocalDate.now(), null, null, null),
                fixtures.principal(t.coach()));
        String page = "/engagements/" + t.id() + "/assessments/" + report.getId();

        Page coach = signIn(t.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url(page));
        coach.getByLabel("Attach a report (PDF, PNG or JPEG, at most 5 MB)")
                .setInputFiles(new FilePayload("big.pdf", "application/pdf", pdfOf(AssessmentFile.MAX_BYTES + 1)));
        assertThat(coach.locator("#report-file-error"))
                .hasText("The file is larger than 5 MB: attach a smaller report");
        coach.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Attach").setExact(true))
                .click();
        assertThat(coach.getByRole(AriaRole.STATUS)).hasCount(0);
        screenshot(coach, "upload-too-large-in-the-browser");

        String token = coach.locator("meta[name=csrf-token]").getAttribute("content");
        APIResponse tooLarge = coach.request()
                .post(
                        url(page + "/files"),
                        RequestOptions.create()
                                .setHeader("Accept", "text/html")
                                .setMultipart(FormData.create()
                                        .set("_csrf", token)
                                        .set(
                                                "file",
                                                new FilePayload(
                                                        "big.pdf", "application/pdf", pdfOf(6 * 1024 * 1024)))));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.text())
                .contains("That file is too large")
                .contains("at most 5 MB")
                .contains("href=\"" + page + "#files\"")
                .doesNotContain("Not allowed");

        APIResponse fine = coach.request()
                .post(
                        url(page + "/files"),
                        RequestOptions.create()
                                .setMaxRedirects(0)
                                .setMultipart(FormData.create()
                                        .set("_csrf", token)
                                        .set(
                                                "file",
                                                new FilePayload(
                                                        "fine.pdf", "application/pdf", pdfOf(4 * 1024 * 1024)))));
        assertThat(fine.status()).isEqualTo(302);
        assertThat(jdbc.queryForList(
                        "select filename from assessment_file where assessment_id = ?", String.class, report.getId()))
                .containsExactly("fine.pdf");

        coach.navigate(url(page));
        coach.getByLabel("Attach a report (PDF, PNG or JPEG, at most 5 MB)")
                .setInputFiles(new FilePayload("notes.pdf", "application/pdf", "just text".getBytes()));
        coach.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Attach").setExact(true))
                .click();
        assertThat(coach.locator("#report-file-error"))
                .hasText("Only PDF, PNG and JPEG reports can be attached, and this file is none of them");
        assertThat(coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("fine.pdf")))
                .isVisible();
    }
}
