package dev.triad.journey;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.CurrentUser;
import dev.triad.goal.ActionStep;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.ActionStepStatus;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client opens the action plan, logs a progress note and completes a step without the page
 * reloading (the count of open steps follows), prints the plan, finds the goal's progress drawn as a Chart.js chart
 * with its points at their dates, and corrects a check-in typed wrongly.
 */
class ClientWorksTheActionPlanJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Autowired
    ActionStepService steps;

    @Test
    void theClientLogsProgressAndCompletesAStepInPlaceAndSeesTheGoalsChart() {
        Triad triad = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(triad.coach());
        Goal goal = goals.create(
                triad.id(),
                new GoalDetails(
                        "Let the team run the weekly review",
                        "The team runs it without me",
                        GoalCategory.WORK,
                        "reviews run by the team",
                        BigDecimal.ZERO,
                        new BigDecimal("4"),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
        goals.checkIn(triad.id(), goal.getId(), LocalDate.now(), BigDecimal.ONE, "first one", coach);
        ActionStep step = steps.add(
                triad.id(),
                goal.getId(),
                "Ask Sam to chair Monday's review",
                LocalDate.now().plusDays(2),
                coach);
        ActionStep late = steps.add(
                triad.id(), null, "Send the reading list", LocalDate.now().minusDays(1), coach);

        Page page = signIn(triad.client().getEmail(), Fixtures.PASSWORD);
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        page.navigate(url("/engagements/" + triad.id() + "/plan"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("action plan");
        assertThat(page.locator("#step-" + late.getId() + " .overdue-badge")).hasText("Overdue");
        assertThat(page.locator(".progress-percent").first()).hasText("25 %");
        // A full page load would wipe this marker.
        page.evaluate("() => { window.__samePage = 'still here'; }");

        Locator article = page.locator("#step-" + step.getId());
        article.getByLabel("Progress note on: Ask Sam to chair Monday's review").fill("Sam said yes, agenda sent");
        article.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log note"))
                .click();
        assertThat(article.locator(".step-note")).containsText("Sam said yes, agenda sent");
        assertThat(article.locator(".step-note")).containsText(triad.client().getFullName());

        assertThat(page.locator("#open-step-count")).hasText("2 open steps, 1 overdue");
        article.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Mark done: Ask Sam to chair Monday's review"))
                .click();
        assertThat(article.locator(".step-status")).hasText("Done");
        // the heading's count follows in the same answer (out of band), without a reload
        assertThat(page.locator("#open-step-count")).hasText("1 open step, 1 overdue");
        assertThat(page.locator("#open-step-count")).hasAttribute("data-open", "1");
        assertThat(article.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Reopen: Ask Sam to chair Monday's review")))
                .isVisible();
        assertThat(page.evaluate("() => window.__samePage")).isEqualTo("still here");
        screenshot(page, "action-plan");
        assertWorksOnAPhone(page);

        assertThat(steps.stepView(triad.id(), step.getId(), fixtures.principal(triad.client()))
                        .step()
                        .getStatus())
                .isEqualTo(ActionStepStatus.DONE);

        // The Print button is wired from a static script (window.print is replaced so no dialog opens).
        page.evaluate("() => { window.print = () => { window.__printed = true; }; }");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Print"))
                .click();
        assertThat(page.evaluate("() => window.__printed === true")).isEqualTo(true);

        // The goal page draws the series with Chart.js.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Let the team run the weekly review"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Let the team run the weekly review");
        assertThat(page.locator("canvas#goal-chart")).isVisible();
        page.waitForFunction(
                "() => typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('goal-chart')) != null");
        assertThat(
                        page.evaluate(
                                "() => Chart.getChart(document.getElementById('goal-chart')).data.datasets[0].data.map(p => p.y)"))
                .asString()
                .isEqualTo("[1]");
        // each point stands at its date on the time axis (days since 1970), whose ticks carry the reader's dates
        assertThat(
                        page.evaluate(
                                "() => Chart.getChart(document.getElementById('goal-chart')).data.datasets[0].data.map(p => p.x)"))
                .asString()
                .isEqualTo("[" + LocalDate.now().toEpochDay() + "]");
        // the reader's date, as the table beside it writes it (the format follows the browser's language)
        String readersToday =
                page.locator("tr.check-in td").first().textContent().strip();
        assertThat(readersToday).isNotEqualTo(LocalDate.now().toString());
        assertThat(page.evaluate(
                        "() => Chart.getChart(document.getElementById('goal-chart')).scales.x.ticks.map(t => t.label)"))
                .asString()
                .contains(readersToday);
        assertThat(page.evaluate(
                        "() => Chart.getChart(document.getElementById('goal-chart')).data.datasets.map(d => d.label)"))
                .asString()
                .contains("Target")
                .contains("Baseline");
        screenshot(page, "goal-page");
        assertWorksOnAPhone(page);

        // The client corrects a check-in typed wrongly: a value far outside the goal's range is refused beside the
        // field.
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Correct the check-in of " + readersToday + " (1)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Correct a check-in");
        page.getByLabel("Value (reviews run by the team)").fill("-999999999999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the correction"))
                .click();
        assertThat(page.locator("#value-error")).isVisible();
        assertThat(page.getByLabel("Value (reviews run by the team)")).hasValue("-999999999999");
        screenshot(page, "check-in-correction");
        page.getByLabel("Value (reviews run by the team)").fill("2");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the correction"))
                .click();
        assertThat(page.locator("tr.check-in td").nth(1)).hasText("2");
        assertThat(page.locator(".progress-percent").first()).hasText("50 %");
        page.waitForFunction(
                "() => typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('goal-chart')) != null");
        assertThat(
                        page.evaluate(
                                "() => Chart.getChart(document.getElementById('goal-chart')).data.datasets[0].data.map(p => p.y)"))
                .asString()
                .isEqualTo("[2]");
        assertAccessible(page);
        assertThat(goals.page(triad.id(), goal.getId(), coach).checkIns())
                .extracting(c -> c.getValueText())
                .containsExactly("2");
        assertThat(cspViolations).isEmpty();
    }
}
