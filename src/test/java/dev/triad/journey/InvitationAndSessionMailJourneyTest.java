package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.account.Users;
import dev.triad.engagement.Engagement;
import dev.triad.notification.OutboxSender;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import dev.triad.system.CalendarInviteTest;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's journey, with every email read from the test SMTP server: HR adds a person without a password; the
 * invitation's link lets them choose one; they sign in and see the bell. Their coach schedules a session 30 hours
 * ahead; the client's mailbox gets the invitation with the .ics; the client follows the email's cancel link,
 * signs in, and the app records a late cancellation (48-hour rule), with its time deducted.
 */
class InvitationAndSessionMailJourneyTest extends BrowserTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Users users;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxSender sender;

    @Autowired
    java.time.Clock clock;

    /** Sends until nothing is due: other tests of this context may have mail waiting too (a batch is 20). */
    void deliverAll() {
        while (sender.sendDue() > 0) {
            // next batch
        }
    }

    @Test
    void hrInvitesAClientWhoSignsInThenCancelsTheirFirstSessionFromTheEmailLate() throws Exception {
        User hr = fixtures.hr();
        String email = Fixtures.uniqueEmail("invited-client");

        Page hrPage = signIn(hr.getEmail(), Fixtures.PASSWORD);
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People"))
                .click();
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person"))
                .click();
        hrPage.getByLabel("Full name").fill("Isabel Invited");
        hrPage.getByLabel("Email (the sign-in name)").fill(email);
        hrPage.getByLabel("CLIENT").check();
        screenshot(hrPage, "person-form-without-password");
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Isabel Invited has been sent an invitation");

        // The outbox sender runs on a schedule in production; here the test runs it.
        deliverAll();
        List<MimeMessage> mails = TestMailServer.to(email);
        assertThat(mails).hasSize(1);
        String text = Mails.text(mails.get(0));
        assertThat(text).startsWith("Dear Isabel Invited,");
        String link = Mails.link(text, "http://localhost:8080/account/invitation/");

        // HR sees it in the outbox as sent, without the link
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Outbox"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email)))
                .containsText("SENT");
        screenshot(hrPage, "outbox");
        hrPage.getByRole(AriaRole.ROW)
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(email))
                .getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Your invitation to Triad"))
                .click();
        assertThat(hrPage.locator("#text-body")).containsText("Dear Isabel Invited,");
        assertThat(hrPage.locator("#text-body")).containsText("[single-use link hidden]");
        assertThat(hrPage.locator("#text-body")).not().containsText(link);
        screenshot(hrPage, "outbox-message");

        // The invited person opens the link (the base URL points at the default port; this Triad runs on another).
        Page invited = newWindow();
        invited.navigate(url(link.substring("http://localhost:8080".length())));
        assertThat(invited.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome to Triad")))
                .isVisible();
        invited.getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("isabels-own-password");
        invited.getByLabel("New password again").fill("isabels-own-password");
        screenshot(invited, "choose-password");
        invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                .click();
        assertThat(invited.getByRole(AriaRole.STATUS)).containsText("Your password is set");

        // The link is spent.
        invited.navigate(url(link.substring("http://localhost:8080".length())));
        assertThat(invited.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("This link was already used")))
                .isVisible();

        Page signedIn = signIn(email, "isabels-own-password");
        assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Isabel Invited");
        assertThat(signedIn.locator("#bell")).isVisible();
        assertThat(signedIn.locator("#bell")).hasAttribute("aria-label", "Notifications, 2 unread");
        signedIn.locator("#bell").click();
        assertThat(signedIn.getByText("Welcome to Triad! Choose which reminders you get by email."))
                .isVisible();
        screenshot(signedIn, "notifications");
        signedIn.getByText("Welcome to Triad! Choose which reminders you get by email.")
                .click();
        assertThat(signedIn.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notification settings")))
                .isVisible();
        screenshot(signedIn, "notification-settings");

        // Isabel's engagement, with a coach; the coach schedules a session 30 hours from now in the browser.
        User isabel = users.findByEmail(email).orElseThrow();
        User coachUser = fixtures.person(Role.COACH);
        Engagement engagement =
                fixtures.anEngagement().withClient(isabel).withCoach(coachUser).build();
        Page coach = signIn(coachUser.getEmail(), Fixtures.PASSWORD);
        coach.navigate(url("/engagements/" + engagement.getId() + "/sessions/new"));
        LocalDateTime start = LocalDateTime.now().plusHours(30).truncatedTo(ChronoUnit.MINUTES);
        coach.getByLabel("Date and time").fill(INPUT.format(start));
        coach.getByLabel("Length (minutes)").fill("60");
        coach.getByLabel("Format").selectOption("VIDEO");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule"))
                .click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Session scheduled");

        // The invitation reaches Isabel's mailbox with a calendar request for that time, and the cancel link.
        deliverAll();
        MimeMessage invitation = TestMailServer.to(email).stream()
                .filter(m -> Mails.first(m, "text/calendar").isPresent())
                .findFirst()
                .orElseThrow();
        assertThat(invitation.getSubject()).isEqualTo("New coaching session");
        Calendar ics = CalendarInviteTest.parse(
                Mails.first(invitation, "text/calendar").orElseThrow().text());
        assertThat(ics.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = CalendarInviteTest.event(ics);
        assertThat(Instant.from(event.getDateTimeStart().getDate()))
                .isEqualTo(start.atZone(clock.getZone()).toInstant());
        String invitationText = Mails.text(invitation);
        assertThat(invitationText).contains("less than 48 hours");
        String cancelLink = Mails.link(invitationText, "Cancel: http://localhost:8080")
                .substring("Cancel: http://localhost:8080".length());

        // Isabel, signed out, follows the email's cancel link: she signs in and lands on the cancel page.
        Page fromEmail = newWindow();
        fromEmail.navigate(url(cancelLink));
        fromEmail.getByLabel("Email").fill(email);
        fromEmail.getByLabel("Password").fill("isabels-own-password");
        fromEmail
                .getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        assertThat(fromEmail.locator("#late-notice")).containsText("This is a late cancellation");
        screenshot(fromEmail, "cancel-from-email");
        assertWorksOnAPhone(fromEmail);
        fromEmail
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the session"))
                .click();
        assertThat(fromEmail.getByRole(AriaRole.STATUS)).containsText("late-cancelled");

        // The app recorded it as late: the session says so and its hour is deducted.
        fromEmail.navigate(url("/engagements/" + engagement.getId() + "/hours"));
        assertThat(fromEmail.locator("#ledger")).containsText("Late cancellation");
        deliverAll();
        assertThat(TestMailServer.to(email))
                .anySatisfy(mail -> assertThat(mail.getSubject()).isEqualTo("Coaching session cancelled"));
    }
}
