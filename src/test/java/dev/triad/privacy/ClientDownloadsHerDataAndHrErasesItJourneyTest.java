package dev.triad.privacy;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.privacy.PersonalContent.Written;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client follows the home page's link and downloads the ZIP of their data; years after the engagement closed, HR
 * finds it on the retention page, confirms the erasure with a reason, and its pages say the content was erased.
 */
class ClientDownloadsHerDataAndHrErasesItJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Test
    void theClientDownloadsTheirDataAndHrLaterErasesTheEngagementsContent() throws Exception {
        PersonalContent content = new PersonalContent(context);
        Written w = content.writeAll(fixtures.aTriad());

        Page client = signIn(w.triad().client().getEmail(), Fixtures.PASSWORD);
        client.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("download everything Triad holds about your coaching"))
                .click();
        assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your data")))
                .isVisible();
        screenshot(client, "my-data");
        Download download = client.waitForDownload(
                () -> client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download my data (ZIP)"))
                        .click());
        assertThat(download.suggestedFilename()).startsWith("triad-my-data-").endsWith(".zip");
        Map<String, byte[]> entries = DataRightsIntegrationTest.unzip(Files.readAllBytes(download.path()));
        assertThat(new String(entries.get("goals.json"), StandardCharsets.UTF_8))
                .contains("Goal " + w.marker());
        assertThat(entries).containsKey("README.txt");

        var hrUser = fixtures.hr();
        content.closeAndAnswer(w, hrUser);
        content.closedYearsAgo(w.id(), 4);
        Page hr = signIn(hrUser.getEmail(), Fixtures.PASSWORD);
        hr.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Retention").setExact(true))
                .click();
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Data retention")))
                .isVisible();
        screenshot(hr, "retention");
        hr.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Erase personal content of engagement " + w.id())
                                .setExact(true))
                .click();
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase personal content"))
                .click();
        assertThat(hr.getByText("Say why you erase it")).isVisible();
        screenshot(hr, "retention-erase-confirm");
        hr.getByLabel("Why").fill("Retention schedule");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Erase personal content"))
                .click();
        assertThat(hr.getByRole(AriaRole.STATUS).first()).containsText("was erased");
        assertThat(hr.locator("#erased")).containsText("#" + w.id());

        client.navigate(url("/engagements/" + w.id() + "/goals"));
        assertThat(client.locator("#content-erased")).containsText("Personal content erased on");
        assertThat(client.locator("body")).not().containsText(w.marker());
        screenshot(client, "erased-goals");
    }
}
