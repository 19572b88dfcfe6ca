package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.CurrentUser;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 16's closed engagement in a real browser: HR closes an engagement with a session still booked, through the
 * confirmation page that says what closing does; then the coach and the client find its pages saying "This engagement
 * is closed", the session cancelled because the engagement closed, and no button to add or change anything.
 */
class ClosingAnEngagementJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    GoalService goals;

    Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void hrClosesAfterReadingWhatClosingDoesAndThePeopleFindTheEngagementReadOnly() {
        Triad triad = fixtures.aTriad();
        CurrentUser coachUser = fixtures.principal(triad.coach());
        sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(4).truncatedTo(ChronoUnit.HOURS), 60, SessionFormat.VIDEO, null),
                coachUser);
        goals.create(
                triad.id(),
                new GoalDetails(
                        "Delegate the weekly budget review",
                        "The team runs it without me",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coachUser);

        // HR closes it: the first press only says what closing will do.
        Page hr = signIn(fixtures.hr().getEmail(), Fixtures.PASSWORD);
        hr.navigate(url("/engagements/" + triad.id() + "/phase"));
        hr.getByLabel("Terminated: ended early").check();
        hr.getByLabel("Reason").fill("The client moved to another company");
        hr.getByRole(AriaRole.BUTTON, named("Close the engagement")).click();
        assertThat(hr.locator("#sessions-to-cancel")).containsText("cancel the coaching session still to come");
        assertThat(hr.locator("#what-closing-does")).containsText("read-only");
        screenshot(hr, "closing-confirmation");
        hr.getByRole(AriaRole.BUTTON, named("Close the engagement")).click();
        assertThat(hr.locator("main")).containsText("The engagement is closed (terminated)");

        // The coach finds the session cancelled, and nothing to schedule, add or edit.
        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        coach.navigate(url("/engagements/" + triad.id() + "/sessions"));
        assertThat(coach.locator("#engagement-closed")).containsText("This engagement is closed");
        assertThat(coach.getByRole(AriaRole.LINK, named("Schedule a session"))).hasCount(0);
        assertThat(coach.locator("body")).containsText("because the engagement closed");
        screenshot(coach, "closed-engagement-sessions");
        coach.navigate(url("/engagements/" + triad.id() + "/goals"));
        assertThat(coach.locator("#engagement-closed")).isVisible();
        assertThat(coach.getByRole(AriaRole.LINK, named("New goal"))).hasCount(0);
        coach.getByRole(AriaRole.LINK, named("Delegate the weekly budget review"))
                .click();
        assertThat(coach.getByRole(AriaRole.LINK, named("Edit goal"))).hasCount(0);
        assertThat(coach.getByRole(AriaRole.LINK, named("Add a step"))).hasCount(0);
        assertAccessible(coach);

        // The coach's home page keeps the closed engagement apart, with the hours it used.
        coach.navigate(url("/"));
        assertThat(coach.locator("#coaching-closed"))
                .containsText(triad.client().getFullName());
        assertThat(coach.locator("#coaching")).not().containsText(triad.client().getFullName());
        assertAccessible(coach);

        // The client's action plan: readable, nothing to add.
        Page client = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        client.navigate(url("/engagements/" + triad.id() + "/plan"));
        assertThat(client.locator("#engagement-closed")).isVisible();
        assertThat(client.getByRole(AriaRole.LINK, named("Add a step"))).hasCount(0);
        assertThat(client.locator("body")).containsText("Delegate the weekly budget review");
        screenshot(client, "closed-engagement-plan");
    }
}
