package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR signs in, creates a coach and an engagement, assigns the coach; the coach signs in, chooses a
 * password, finds the engagement on the home page and the news of the assignment behind the bell; a second
 * coach cannot open it.
 */
class HrAssignsACoachJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void hrCreatesAPersonAndAnEngagementAndAssignsACoachWhoThenFindsItWhileAnotherCoachCannot() {
        User hr = fixtures.hr();
        User client = fixtures.person(Role.CLIENT);
        User leader = fixtures.person(Role.LEADER);
        User otherCoach = fixtures.person(Role.COACH);
        Programme programme = fixtures.programme();
        String coachEmail = Fixtures.uniqueEmail("journey-coach");

        // HR creates the coach.
        Page hrPage = signIn(hr.getEmail(), Fixtures.PASSWORD);
        assertThat(hrPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("All engagements")))
                .isVisible();
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("People"))
                .click();
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add a person"))
                .click();
        hrPage.getByLabel("Full name").fill("Jordan Journey");
        hrPage.getByLabel("Email (the sign-in name)").fill(coachEmail);
        hrPage.getByLabel("Title").fill("Executive coach");
        hrPage.getByLabel("COACH").check();
        hrPage.getByLabel("One-time password").fill("first-time-password");
        hrPage.getByLabel("Specialities, comma-separated").fill("delegation, influence");
        hrPage.getByLabel("Languages, comma-separated").fill("English");
        // Submitting without a capacity shows the message next to the field and keeps what was typed.
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person"))
                .click();
        assertThat(hrPage.getByText("Say how many active engagements this coach can take"))
                .isVisible();
        assertThat(hrPage.getByLabel("Full name")).hasValue("Jordan Journey");
        hrPage.getByLabel("Capacity (active engagements at most)").fill("3");
        hrPage.getByLabel("One-time password").fill("first-time-password");
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create person"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Jordan Journey can now sign in");

        // HR creates the engagement.
        hrPage.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("New engagement").setExact(true))
                .first()
                .click();
        hrPage.getByLabel("Client (email)").fill(client.getEmail());
        hrPage.getByLabel("Next-level leader (email)").fill(leader.getEmail());
        hrPage.getByLabel("Programme").selectOption(programme.getId().toString());
        hrPage.getByLabel("Starts on").fill(LocalDate.now().toString());
        hrPage.getByLabel("Planned end").fill(LocalDate.now().plusMonths(6).toString());
        hrPage.getByLabel("Focus").fill("delegation");
        screenshot(hrPage, "engagement-form");
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create engagement"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Engagement created in intake");
        String engagementPath = hrPage.url().substring(url("").length());

        // HR assigns the new coach from the roster.
        hrPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Assign a coach"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.ROW)
                        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Jordan Journey")))
                .containsText("0 of 3");
        hrPage.getByLabel("Choose Jordan Journey").check();
        screenshot(hrPage, "coach-roster");
        hrPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign coach"))
                .click();
        assertThat(hrPage.getByRole(AriaRole.STATUS)).containsText("Coach assigned");
        assertThat(hrPage.locator("#coach-name")).containsText("Jordan Journey");
        screenshot(hrPage, "engagement-overview");

        // The coach signs in with the one-time password, must choose a new one, then finds the engagement.
        Page coachPage = signIn(coachEmail, "first-time-password");
        assertThat(coachPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password")))
                .isVisible();
        coachPage.getByLabel("Current password").fill("first-time-password");
        coachPage
                .getByLabel("New password", new Page.GetByLabelOptions().setExact(true))
                .fill("jordans-own-password");
        coachPage.getByLabel("New password again").fill("jordans-own-password");
        coachPage
                .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
        assertThat(coachPage.locator("#coaching")).containsText(client.getFullName());
        screenshot(coachPage, "coach-home");
        coachPage
                .getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(client.getFullName()))
                .click();
        assertThat(coachPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(client.getFullName());

        // The coach was told of the assignment behind the bell: it names the client and opens the engagement.
        assertThat(coachPage.locator("#unread-count")).isVisible();
        coachPage.locator("#bell").click();
        Locator told = coachPage.locator("#notifications li[data-kind=COACH_ASSIGNMENT]");
        assertThat(told).hasCount(1);
        assertThat(told).containsText(client.getFullName());
        screenshot(coachPage, "coach-notifications"); // with the axe check
        told.getByRole(AriaRole.LINK).click();
        assertThat(coachPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(client.getFullName());
        assertThat(coachPage.url()).isEqualTo(url(engagementPath));

        // A second coach cannot open it, even with the address.
        Page otherPage = signIn(otherCoach.getEmail(), Fixtures.PASSWORD);
        assertThat(otherPage.locator("#coaching")).not().containsText(client.getFullName());
        Response response = otherPage.navigate(url(engagementPath));
        assertThat(response.status()).isEqualTo(404);
        assertThat(otherPage.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found")))
                .isVisible();
        assertThat(otherPage.content()).doesNotContain(client.getFullName());

        // A malformed address gets a friendly page that leaks no stack trace.
        Response bad = otherPage.navigate(url("/engagements/not-a-number"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(otherPage.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("That request could not be handled")))
                .isVisible();
        assertThat(otherPage.content()).doesNotContain("Exception").doesNotContain("at dev.triad");
    }
}
