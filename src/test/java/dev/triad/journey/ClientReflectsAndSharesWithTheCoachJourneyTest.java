package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client sees the home page reminder, follows it, writes this week's reflection and shares it
 * with one click; the coach signs in and reads it; the leader cannot open the journal.
 */
class ClientReflectsAndSharesWithTheCoachJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void theClientWritesThisWeeksReflectionFromTheReminderSharesItAndTheCoachReadsIt() {
        Triad triad = fixtures.aTriad();
        String journal = "/engagements/" + triad.id() + "/journal";

        // The client is reminded on the home page and follows the reminder.
        Page client = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        assertThat(client.locator("#reminders"))
                .containsText("You have not written this week’s reflection for your coaching with "
                        + triad.coach().getFullName());
        screenshot(client, "reflection-home-reminder");
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Write it now"))
                .click();
        assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Write a weekly reflection")))
                .isVisible();

        // Nothing written: the message appears next to the parts, nothing is saved.
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save reflection"))
                .click();
        assertThat(client.getByText("Write something in at least one of the three parts"))
                .isVisible();

        client.getByLabel("Reviewing my action plan")
                .fill("Held the one-to-ones I had skipped.\nDid not start the delegation list.");
        client.getByLabel("Reflecting on my goals and progress")
                .fill("Listening more in staff meetings <b>really</b> helps.");
        client.getByLabel("For my next session’s agenda").fill("How do I hand over the budget review?");
        screenshot(client, "reflection-form");
        assertWorksOnAPhone(client);
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save reflection"))
                .click();
        assertThat(client.getByRole(AriaRole.STATUS).first()).containsText("Your reflection is saved.");
        assertThat(client.getByText("Listening more in staff meetings <b>really</b> helps."))
                .isVisible();
        assertThat(client.locator("form[id^=share-] .badge")).hasText("Private");
        String entryPath = client.url().substring(url("").length());

        // One click shares it (htmx swaps the control in place).
        client.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Share with coach: the reflection for the week of"))
                .click();
        assertThat(client.locator("form[id^=share-] .badge")).hasText("Shared with your coach");
        assertThat(client.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Make private: the reflection for the week of")))
                .isVisible();
        // Swapped in place, not reloaded: the save message is still there (a reload would show another).
        assertThat(client.getByRole(AriaRole.STATUS).first()).containsText("Your reflection is saved.");
        screenshot(client, "reflection-shared");
        // Making it private again asks first, on a page of its own; the client keeps sharing it.
        client.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Make private: the reflection for the week of"))
                .click();
        assertThat(client.locator("#make-private-effect")).isVisible();
        assertAccessible(client);
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Keep sharing it"))
                .click();
        assertThat(client.locator("form[id^=share-] .badge")).hasText("Shared with your coach");

        // The reminder is gone, and the journal lists the entry as shared.
        client.navigate(url("/"));
        assertThat(client.locator("body")).not().containsText("this week’s reflection");
        client.navigate(url(journal));
        assertThat(client.locator("#entries")).containsText("Shared with your coach");
        screenshot(client, "reflection-journal");
        assertWorksOnAPhone(client);

        // The coach reads it, read-only.
        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url(journal));
        assertThat(coach.locator("#coach-note")).containsText("chooses what to share with you");
        coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Week of"))
                .click();
        assertThat(coach.getByText("How do I hand over the budget review?")).isVisible();
        assertThat(coach.getByText("Did not start the delegation list.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(coach.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")))
                .hasCount(0);
        assertThat(coach.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Make private: the reflection for the week of")))
                .hasCount(0);
        screenshot(coach, "reflection-coach-reads");

        // The leader is refused the journal and the entry.
        Page leader = signIn(triad.leader().getEmail(), Fixtures.PASSWORD);
        Response refused = leader.navigate(url(entryPath));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(leader.content()).doesNotContain("budget review");
    }
}
