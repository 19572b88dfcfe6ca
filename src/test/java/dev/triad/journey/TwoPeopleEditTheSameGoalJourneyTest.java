package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client and the coach, each in their own browser, open the same goal's edit form. The coach saves first; the
 * client's save then answers 409 with the client's words kept in the form and shown beside the coach's, nothing
 * overwritten; the client saves again on purpose and only then do the client's words replace the coach's.
 */
class TwoPeopleEditTheSameGoalJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Test
    void theSecondSaveShowsItsTextBesideTheFirstAndOverwritesNothing() {
        Triad triad = fixtures.aTriad();
        Goal goal = goals.create(
                triad.id(),
                new GoalDetails(
                        "Delegate the budget review",
                        "The team runs it",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                fixtures.principal(triad.coach()));
        String edit = url("/engagements/" + triad.id() + "/goals/" + goal.getId() + "/edit");

        Page coach = signIn(triad.coach().getEmail(), Fixtures.PASSWORD);
        Page client = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        coach.navigate(edit);
        client.navigate(edit);

        coach.getByLabel("What success looks like").fill("The team runs two reviews without me");
        coach.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save goal"))
                .click();
        assertThat(coach.locator(".alert-success")).containsText("Goal saved.");

        client.getByLabel("What success looks like").fill("I only read the summary");
        Response conflict = client.waitForResponse(
                r -> r.url().endsWith("/goals/" + goal.getId() + "/edit")
                        && "POST".equals(r.request().method()),
                () -> client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save goal"))
                        .click());
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(client.locator("#conflict")).containsText("Someone else saved this goal after you opened it");
        assertThat(client.locator("#conflict .stale-edit-differs .stale-edit-typed"))
                .hasText("I only read the summary");
        assertThat(client.locator("#conflict .stale-edit-differs .stale-edit-stored"))
                .hasText("The team runs two reviews without me");
        assertThat(client.getByLabel("What success looks like")).hasValue("I only read the summary");
        assertThat(savedSuccessMeasure(triad, goal)).isEqualTo("The team runs two reviews without me");
        screenshot(client, "goal-stale-save-409");

        // Saving again from the conflict page applies the client's words knowingly.
        client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save goal"))
                .click();
        assertThat(client.locator(".alert-success")).containsText("Goal saved.");
        assertThat(savedSuccessMeasure(triad, goal)).isEqualTo("I only read the summary");
    }

    private String savedSuccessMeasure(Triad triad, Goal goal) {
        return goals.forEdit(triad.id(), goal.getId(), fixtures.principal(triad.coach()))
                .goal()
                .getSuccessMeasure();
    }
}
