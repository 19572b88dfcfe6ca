package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Accounts;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person signs in from a browser in another time zone than the one Triad shows their times in: Triad offers to
 * switch, and either answer is kept. The browser's zone is the browser context's ({@code setTimezoneId}); the
 * organisation's default in the tests is Etc/UTC.
 */
class TimeZoneOfferJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Test
    void aCoachInNewYorkIsOfferedTheBrowsersZoneAcceptsItAndReadsTheAccountInIt() {
        User coach = fixtures.person(Role.COACH);
        Page page = signInFrom("America/New_York", coach.getEmail(), Fixtures.PASSWORD);

        assertThat(page.locator("#time-zone-offer")).isVisible();
        assertThat(page.locator("#time-zone-offer"))
                .containsText("Your browser is in America/New_York; Triad shows your times in Etc/UTC.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep Etc/UTC")))
                .isVisible();
        screenshot(page, "time-zone-offer");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Use America/New_York"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Triad now shows your times in America/New_York.");
        assertThat(page.locator("#reading-zone-id")).hasText("America/New_York");
        assertThat(page.getByLabel("Time zone")).hasValue("America/New_York");
        assertThat(page.locator("#time-zone-offer")).hasCount(0);
        screenshot(page, "account");

        page.navigate(url("/"));
        assertThat(page.locator("#time-zone-offer")).hasCount(0);
    }

    @Test
    void aLeaderKeepsTheirZoneAndIsNotAskedAgainWhileTheBrowserInTheSameZoneIsNeverAsked() {
        User leader = fixtures.person(Role.LEADER);
        accounts.changeTimeZone(fixtures.principal(leader), "Europe/London");
        Page page = signInFrom("Asia/Singapore", leader.getEmail(), Fixtures.PASSWORD);
        page.navigate(url("/notifications"));
        assertThat(page.locator("#time-zone-offer"))
                .containsText("Your browser is in Asia/Singapore; Triad shows your times in Europe/London.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep Europe/London"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notifications")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Triad keeps showing your times in Europe/London.");
        assertThat(page.locator("#time-zone-offer")).hasCount(0);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your account"))
                .click();
        assertThat(page.locator("#reading-zone-id")).hasText("Europe/London");
        assertThat(page.locator("#time-zone-offer")).hasCount(0);

        Page sameZone = signInFrom("Europe/London", leader.getEmail(), Fixtures.PASSWORD);
        assertThat(sameZone.locator("#time-zone-offer")).isHidden();
        assertAccessible(sameZone);
    }
}
