package dev.triad.demo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.support.BrowserTest;
import dev.triad.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The README's first tour, walked in a real browser on the demo data as a newcomer starts it: each demo person signs
 * in with the demo password and finds what the tour says is there. Its pictures (target/screenshots/tour-*.png) are
 * the ones the README shows, copied to docs/images/.
 */
@TestPropertySource(properties = "triad.demo.enabled=true")
class FirstTourJourneyTest extends BrowserTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createFreshDatabase();
        registry.add("spring.datasource.url", () -> url);
    }

    @Test
    void eachDemoPersonFindsWhatTheTourPromises() {
        // The login page names the demo logins while demo data is on.
        Page visitor = newWindow();
        visitor.navigate(url("/login"));
        assertThat(visitor.locator("body")).containsText("client@demo.triad");

        // The client: their engagement, the action plan with goals and steps.
        Page client = signIn("client@demo.triad", DemoData.PASSWORD);
        assertThat(client.locator("#my-engagements")).containsText("Carmen Okafor");
        screenshot(client, "tour-client-home");
        client.locator("#my-engagements a").first().click();
        client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Action plan").setExact(true)).click();
        assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("action plan");
        screenshot(client, "tour-client-action-plan");

        // The coach: the engagements they coach, Chris's among them.
        Page coach = signIn("coach@demo.triad", DemoData.PASSWORD);
        assertThat(coach.locator("#coaching")).containsText("Chris Morgan");
        screenshot(coach, "tour-coach-home");

        // The leader: the engagements they lead, with what the client shares.
        Page leader = signIn("leader@demo.triad", DemoData.PASSWORD);
        assertThat(leader.locator("#leading")).containsText("Chris Morgan");
        screenshot(leader, "tour-leader-home");

        // HR: every engagement, and the pilot programme's dashboard with its charts.
        Page hr = signIn("hr@demo.triad", DemoData.PASSWORD);
        assertThat(hr.locator("#all-engagements")).isVisible();
        hr.navigate(url("/programmes"));
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Senior manager coaching pilot")).first().click();
        assertThat(hr.locator("#phases canvas")).isVisible();
        screenshot(hr, "tour-hr-dashboard");
    }
}
