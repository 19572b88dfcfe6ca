package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A client is signed in twice, in two browsers. From the first, the account page leads to the list of signed-in
 * sessions (checked with axe at desktop and phone width), which marks this session and offers to end the other; the
 * client ends it, and the second browser's next click lands on the sign-in page while the first stays signed in.
 */
class PersonEndsAnotherSignedInSessionJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aPersonSignedInTwiceEndsTheOtherSessionAndTheOtherBrowserLandsOnTheSignInPage() {
        User client = fixtures.person(Role.CLIENT);
        Page laptop = signIn(client.getEmail(), Fixtures.PASSWORD);
        laptop.waitForURL(url("/"));
        Page other = signIn(client.getEmail(), Fixtures.PASSWORD);
        other.waitForURL(url("/"));

        laptop.navigate(url("/account"));
        laptop.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Signed-in sessions"))
                .click();
        assertThat(laptop.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your signed-in sessions")))
                .isVisible();
        assertThat(laptop.locator("tr[data-test=session]")).hasCount(2);
        assertThat(laptop.locator("tr[data-current=true] [data-test=this-session]"))
                .hasText("This session");
        assertThat(laptop.locator("tr[data-current=true] .session-device")).hasText("Chrome on Linux");
        assertThat(laptop.locator("tr[data-current=true] button")).hasCount(0);
        screenshot(laptop, "signed-in-sessions");
        assertWorksOnAPhone(laptop);

        laptop.locator("tr[data-current=false]")
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("End"))
                .click();
        assertThat(laptop.getByRole(AriaRole.STATUS))
                .hasText("The session on Chrome on Linux is ended: it has to sign in again.");
        assertThat(laptop.locator("tr[data-test=session]")).hasCount(1);
        assertThat(laptop.locator("#end-others")).hasCount(0);

        other.navigate(url("/account"));
        assertThat(other).hasURL(url("/login"));
        assertThat(other.getByLabel("Email")).isVisible();

        laptop.navigate(url("/account"));
        assertThat(laptop).hasURL(url("/account"));
    }
}
