package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR opens People → SCIM tokens, makes a token for the identity provider (a name left empty is refused next to the
 * field first), copies it from the page that shows it once, the provider reaches SCIM with it, HR revokes it and the
 * provider is refused. The page is checked with axe at desktop and phone width.
 */
class HrIssuesAScimTokenJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void hrMakesATokenTheProviderUsesUntilHrRevokesIt() throws Exception {
        User hr = fixtures.hr();
        Page page = signIn(hr.getEmail(), Fixtures.PASSWORD);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("People").setExact(true))
                .first()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SCIM tokens"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("SCIM tokens")))
                .isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a token"))
                .click();
        assertThat(page.locator("#name-error")).containsText("Name the token");
        assertAccessible(page);

        String name = "Entra ID " + System.nanoTime();
        page.getByLabel("Name of the system that will use it").fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create a token"))
                .click();
        assertThat(page.locator("#issued-token")).containsText(name);
        String token = page.getByLabel("Secret token").inputValue();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        screenshot(page, "scim-token-issued");
        assertWorksOnAPhone(page);

        assertThat(users(token)).isEqualTo(200);
        page.navigate(url("/people/scim-tokens"));
        assertThat(page.locator("#issued-token")).hasCount(0);
        assertThat(page.content()).doesNotContain(token);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke " + name))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token revoked");
        assertThat(users(token)).isEqualTo(401);
    }

    private int users(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/scim/v2/Users?count=1")))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
