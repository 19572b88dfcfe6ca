package dev.triad.journey;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR pastes a small CSV of people, sees the problem next to its row, fixes it in the box, previews again, imports,
 * and opens one of the people from the summary; an uploaded file goes the same way. Against the real server, a 50 MB
 * upload is refused with a page saying why and leading back to the import, and nobody is created. Every page pictured is checked with axe at
 * desktop and phone width.
 */
class HrImportsPeopleFromACsvJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void hrPastesACsvSeesTheProblemNextToTheRowFixesItImportsAndSeesThePeople() {
        User hr = fixtures.hr();
        String coach = Fixtures.uniqueEmail("june-coach");
        String client = Fixtures.uniqueEmail("june-client");
        String wrong = "name,email,title,roles,capacity\n"
                + "June Coach," + coach + ",Executive coach,COACH,3\n"
                + "Jim Client," + client + ",Sales manager,CLIENT;BOSS,\n";

        Page page = signIn(hr.getEmail(), Fixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import from a file"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import people from a CSV file")))
                .isVisible();
        screenshot(page, "people-import");
        assertWorksOnAPhone(page);

        page.getByLabel("Or paste the CSV text").fill(wrong);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#preview-counts")).hasText("1 row without problems, 1 with problems.");
        assertThat(page.locator("#row-3 td[data-column=roles] .import-problem"))
                .hasText("Unknown role “BOSS”: use CLIENT, COACH, LEADER or HR_ADMIN, separated by ;");
        assertThat(page.locator("#import-button")).hasCount(0);
        screenshot(page, "people-import-problem");
        assertWorksOnAPhone(page);

        // fixed in the box, which kept the text, and previewed again
        assertThat(page.getByLabel("Or paste the CSV text")).hasValue(wrong);
        page.getByLabel("Or paste the CSV text").fill(wrong.replace("CLIENT;BOSS", "CLIENT"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#preview-counts")).hasText("2 rows without problems, 0 with problems.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 people"))
                .click();

        assertThat(page.locator("#imported-title")).hasText("2 people imported");
        assertThat(page.locator("#imported-people tbody tr")).hasCount(2);
        screenshot(page, "people-imported");
        assertWorksOnAPhone(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("June Coach"))
                .click();
        assertThat(page.getByLabel("Full name")).hasValue("June Coach");
        assertThat(page.getByLabel("Capacity (active engagements at most)")).hasValue("3");
        assertThat(page.locator("#invitation")).isVisible();

        // an uploaded file goes the same way
        String uploaded = Fixtures.uniqueEmail("june-upload");
        page.navigate(url("/people/import"));
        page.getByLabel("CSV file")
                .setInputFiles(new FilePayload(
                        "people.csv",
                        "text/csv",
                        ("name,email,roles\r\nUma Upload," + uploaded + ",LEADER\r\n")
                                .getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview"))
                .click();
        assertThat(page.locator("#preview-title")).hasText("Preview of people.csv");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 1 person"))
                .click();
        assertThat(page.locator("#imported-title")).hasText("1 person imported");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_user where email in (?, ?, ?)", Long.class, coach, client, uploaded))
                .isEqualTo(3);
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedOnTheImportPageAndNobodyIsCreated() {
        User hr = fixtures.hr();
        Page page = signIn(hr.getEmail(), Fixtures.PASSWORD);
        page.navigate(url("/people/import"));
        long before = jdbc.queryForObject("select count(*) from app_user", Long.class);
        String token = page.locator("meta[name=csrf-token]").getAttribute("content");
        byte[] huge = new byte[50 * 1024 * 1024];
        byte[] line = ("Person,someone@huge.triad,CLIENT\n").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + line.length <= huge.length; i += line.length) {
            System.arraycopy(line, 0, huge, i, line.length);
        }
        APIResponse refused = page.request()
                .post(
                        url("/people/import"),
                        RequestOptions.create()
                                .setHeader("Accept", "text/html")
                                .setTimeout(120_000)
                                .setMultipart(FormData.create()
                                        .set("_csrf", token)
                                        .set("file", new FilePayload("huge.csv", "text/csv", huge))));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.text())
                .contains("That file is too large")
                .contains("A CSV file of people can be at most 5 MB: nothing was read, and nobody was created.")
                .contains("href=\"/people/import\"")
                .doesNotContain("Not allowed");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Long.class))
                .isEqualTo(before);

        // in the browser, a file over the limit is stopped before it is sent, with the message next to the field
        page.getByLabel("CSV file").setInputFiles(new FilePayload("big.csv", "text/csv", new byte[6 * 1024 * 1024]));
        assertThat(page.locator("#file-error")).hasText("The file is larger than 5 MB: split it into smaller files");
    }
}
