package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 3's journey in a real browser: the coach schedules a session, the client writes the agenda, the coach
 * holds it (through the step that says what goes on the ledger) and records a summary, a private note and two
 * commitments; the client finds the commitments as action steps, logs progress and completes one; the coach records
 * a conversation that took place; then the client late-cancels the next session and cancels another — told before
 * confirming that it is the second in a row and costs its time — and HR sees the alert and the deducted hours.
 */
class SessionsAndTheCancellationPolicyJourneyTest extends BrowserTest {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    Fixtures fixtures;

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    void schedule(Page coach, Triad triad, LocalDateTime start) {
        coach.navigate(url("/engagements/" + triad.id() + "/sessions"));
        coach.getByRole(AriaRole.LINK, named("Schedule a session")).click();
        coach.getByLabel("Date and time").fill(INPUT.format(start));
        coach.getByLabel("Length (minutes)").fill("60");
        coach.getByLabel("Format").selectOption("VIDEO");
        coach.getByLabel("Place, video link (https://) or phone number").fill("https://meet.example.com/journey");
        coach.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("Session scheduled");
    }

    @Test
    void aSessionFromAgendaToCommitmentsThenTwoCancellationsThatHrSees() {
        Triad triad = fixtures.aTriad();
        User hr = fixtures.hr();
        String secret = "Private observation " + UUID.randomUUID();

        // The coach schedules a session; a time that has begun cannot be booked.
        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url("/engagements/" + triad.id() + "/sessions/new"));
        coach.getByLabel("Date and time").fill(INPUT.format(LocalDateTime.now().minusMinutes(30)));
        coach.getByRole(AriaRole.BUTTON, named("Schedule")).click();
        assertThat(coach.locator("#startsAt-error")).isVisible();
        schedule(coach, triad, LocalDateTime.now().plusDays(2));
        String sessionUrl = coach.url();

        // The client writes the agenda.
        Page client = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        client.navigate(url("/engagements/" + triad.id() + "/sessions"));
        client.getByRole(AriaRole.LINK, named("Open")).first().click();
        client.getByLabel("Agenda").fill("How do I hand over the budget review?");
        client.getByRole(AriaRole.BUTTON, named("Save agenda")).click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("Agenda saved");

        // The session's time comes (as time passing would); the coach reads the agenda and marks it held, through the
        // step that says what goes on the ledger.
        fixtures.backdateSession(
                Long.valueOf(sessionUrl.replaceAll("^.*/", "")),
                LocalDateTime.now().minusMinutes(30));
        coach.navigate(sessionUrl);
        assertThat(coach.locator("#agenda-text")).hasText("How do I hand over the budget review?");
        coach.getByRole(AriaRole.LINK, named("Mark as held")).click();
        assertThat(coach.locator("#confirm-outcome")).hasAttribute("data-ledger-kind", "SESSION_HELD");
        assertAccessible(coach);
        coach.getByRole(AriaRole.BUTTON, named("Yes, record it as held")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("held");
        coach.getByLabel("Summary").fill("We planned the hand-over of the budget review.");
        coach.getByRole(AriaRole.BUTTON, named("Save summary")).click();
        coach.getByLabel("Private notes").fill(secret);
        coach.getByRole(AriaRole.BUTTON, named("Save private note")).click();
        assertThat(coach.getByLabel("Private notes")).hasValue(secret);
        coach.getByLabel("New commitments, one per line")
                .fill("Brief Sam on the budget review\nAsk the team for feedback");
        coach.getByRole(AriaRole.BUTTON, named("Add as action steps")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("2 commitments are now action steps");
        screenshot(coach, "session-coach");

        // The client sees the summary and the commitments, never the private note.
        client.navigate(sessionUrl);
        assertThat(client.locator("#summary-text")).hasText("We planned the hand-over of the budget review.");
        assertThat(client.locator("#session-commitments")).containsText("Brief Sam on the budget review");
        assertThat(client.locator("body")).not().containsText(secret);
        assertThat(client.locator("body")).not().containsText("Private notes");

        // On the action plan the client logs progress on one commitment and completes it, without a reload.
        client.getByRole(AriaRole.LINK, named("action plan")).click();
        client.evaluate("() => { window.__samePage = true; }");
        Locator step =
                client.locator(".action-step", new Page.LocatorOptions().setHasText("Brief Sam on the budget review"));
        step.getByLabel("Progress note on: Brief Sam on the budget review").fill("Sent Sam the figures");
        step.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log note"))
                .click();
        assertThat(step.locator(".step-note")).containsText("Sent Sam the figures");
        step.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Mark done: Brief Sam on the budget review"))
                .click();
        assertThat(step.locator(".step-status")).hasText("Done");
        org.assertj.core.api.Assertions.assertThat(client.evaluate("() => window.__samePage === true"))
                .isEqualTo(true);
        screenshot(client, "session-action-plan");

        // The coach records a conversation that took place yesterday: held at once, on the ledger.
        coach.navigate(url("/engagements/" + triad.id() + "/sessions"));
        coach.getByRole(AriaRole.LINK, named("Record a session that took place"))
                .click();
        assertAccessible(coach);
        coach.getByLabel("Date and time it began")
                .fill(INPUT.format(LocalDateTime.now().minusDays(1).withHour(8).withMinute(0)));
        coach.getByLabel("Length (minutes)").fill("60");
        coach.getByLabel("Format").selectOption("PHONE");
        coach.getByRole(AriaRole.BUTTON, named("Record as held")).click();
        assertThat(coach.getByRole(AriaRole.STATUS)).containsText("recorded as held");
        assertThat(coach.locator(".badge.status")).hasText("Held");
        assertThat(coach.locator("#session-actions")).not().containsText("Cancel session");
        assertThat(coach.locator("#session-actions")).not().containsText("Move");

        // Two more sessions; the client cancels the first 30 hours ahead (late), then the second in time.
        schedule(coach, triad, LocalDateTime.now().plusHours(30));
        schedule(coach, triad, LocalDateTime.now().plusDays(10));
        client.navigate(url("/engagements/" + triad.id() + "/sessions"));
        client.locator("table.sessions")
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open"))
                .first()
                .click();
        client.getByRole(AriaRole.LINK, named("Cancel session")).click();
        assertThat(client.locator("#late-notice")).containsText("This is a late cancellation");
        client.getByLabel("Reason (optional, seen by client and coach)").fill("Board meeting moved");
        client.getByRole(AriaRole.BUTTON, named("Cancel the session")).click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("late-cancelled");

        client.locator("table.sessions")
                .first()
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open"))
                .first()
                .click();
        client.getByRole(AriaRole.LINK, named("Cancel session")).click();
        // In time, but the second in a row: the page says it costs the time and tells HR, as it then does.
        assertThat(client.locator("#in-time-notice")).hasCount(0);
        assertThat(client.locator("#in-a-row-notice")).isVisible();
        assertThat(client.locator("#cancellation-preview")).hasAttribute("data-deducted-hours", "1");
        assertAccessible(client);
        client.getByRole(AriaRole.BUTTON, named("Cancel the session")).click();
        assertThat(client.getByRole(AriaRole.STATUS)).containsText("2 cancellations in a row");
        assertThat(client.getByRole(AriaRole.STATUS)).not().containsText("cancelled in time");

        // HR sees the alert on the home page, the deducted hours, and acknowledges the alert.
        Page hrPage = signIn(hr.getEmail(), Fixtures.PASSWORD);
        Locator alert = hrPage.locator(
                "#reminders .alert",
                new Page.LocatorOptions().setHasText(triad.client().getFullName()));
        assertThat(alert).containsText("2 cancellations in a row");
        alert.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Review and acknowledge"))
                .click();
        assertThat(hrPage.locator(".attendance-alert")).containsText("2 cancellations in a row");
        assertThat(hrPage.locator("body")).not().containsText("How do I hand over the budget review?");
        hrPage.getByRole(AriaRole.LINK, named("Hours")).click();
        assertThat(hrPage.locator("#hours-remaining")).hasText("8 h remaining");
        assertThat(hrPage.locator("#ledger")).containsText("Late cancellation");
        assertThat(hrPage.locator("#ledger")).containsText("Cancellations in a row");
        screenshot(hrPage, "session-hr-hours");
        hrPage.goBack();
        hrPage.getByRole(AriaRole.BUTTON, named("Acknowledge")).click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Alert acknowledged");
        hrPage.navigate(url("/"));
        assertThat(hrPage.locator("body"))
                .not()
                .containsText(triad.client().getFullName() + "’s coaching: 2 cancellations");
    }
}
