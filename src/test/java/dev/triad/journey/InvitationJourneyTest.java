package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.User;
import dev.triad.notification.OutboxSender;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR adds a person without a password; the invitation email's link (read from the test SMTP server)
 * lets the person choose one in the browser; they sign in and see the bell.
 */
class InvitationJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxSender sender;

    @Test
    void hrInvitesAPersonWhoChoosesAPasswordFromTheEmailAndSignsIn() {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("invited-client");

        Page hrPage = signIn(hr.getEmail(), Fixtures.PASSWORD);
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People")).click();
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person")).click();
        hrPage.getByLabel("Full name").fill("Isabel Invited");
        hrPage.getByLabel("Email (the sign-in name)").fill(email);
        hrPage.getByLabel("CLIENT").check();
        screenshot(hrPage, "person-form-without-password");
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person")).click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Isabel Invited has been sent an invitation");

        // The outbox sender runs on a schedule in production; here the test runs it.
        sender.sendDue();
        List<MimeMessage> mails = TestMailServer.to(email);
        assertThat(mails).hasSize(1);
        String text = Mails.text(mails.get(0));
        assertThat(text).startsWith("Dear Isabel Invited,");
        String link = Mails.link(text, "http://localhost:8080/account/invitation/");

        // HR sees it in the outbox as sent, without the link
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox")).click();
        assertThat(hrPage.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email)))
                .containsText("SENT");
        screenshot(hrPage, "outbox");
        hrPage.getByRole(AriaRole.ROW).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Your invitation to Triad")).click();
        assertThat(hrPage.locator("#text-body")).containsText("Dear Isabel Invited,");
        assertThat(hrPage.locator("#text-body")).containsText("[single-use link hidden]");
        assertThat(hrPage.locator("#text-body")).not().containsText(link);
        screenshot(hrPage, "outbox-message");

        // The invited person opens the link (the base URL points at the default port; this Triad runs on another).
        Page invited = newWindow();
        invited.navigate(url(link.substring("http://localhost:8080".length())));
        assertThat(invited.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Triad"))).isVisible();
        invited.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("isabels-own-password");
        invited.getByLabel("New password again").fill("isabels-own-password");
        screenshot(invited, "choose-password");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(invited.getByRole(AriaRole.STATUS)).containsText("Your password is set");

        // The link is spent.
        invited.navigate(url(link.substring("http://localhost:8080".length())));
        assertThat(invited.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link was already used"))).isVisible();

        Page signedIn = signIn(email, "isabels-own-password");
        assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Isabel Invited");
        assertThat(signedIn.locator("#bell")).isVisible();
        assertThat(signedIn.locator("#bell")).hasAttribute("aria-label", "Notifications, 2 unread");
        signedIn.locator("#bell").click();
        assertThat(signedIn.getByText("Welcome to Triad! Choose which reminders you get by email.")).isVisible();
        screenshot(signedIn, "notifications");
        signedIn.getByText("Welcome to Triad! Choose which reminders you get by email.").click();
        assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notification settings"))).isVisible();
        screenshot(signedIn, "notification-settings");
    }
}
