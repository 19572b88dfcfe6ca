package dev.triad.demo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.support.BrowserTest;
import dev.triad.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;

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
        client.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Action plan").setExact(true))
                .click();
        assertThat(client.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("action plan");
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
        hr.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Senior manager coaching pilot"))
                .first()
                .click();
        assertThat(hr.locator("#phases canvas")).isVisible();
        screenshot(hr, "tour-hr-dashboard");
    }

    /**
     * The kinds of page the validators found wanting, on the demo data (timelines with coming entries, warnings, tinted
     * rows, mail in the outbox, retention, tables that scroll sideways), checked with axe at 1280 px and at 390 px.
     */
    @Test
    void thePagesTheValidatorsFlaggedAreAccessibleOnADeskAndOnAPhone() {
        Page visitor = newWindow();
        visitor.navigate(url("/login"));
        assertThat(visitor.locator("#demo-logins")).isVisible();
        assertAccessible(visitor);
        assertWorksOnAPhone(visitor);
        visitor.navigate(url("/login?throttled"));
        assertThat(visitor.locator("#throttled a")).isVisible();
        assertAccessible(visitor);

        Page client = signIn("client@demo.triad", DemoData.PASSWORD);
        String engagement = client.locator("#my-engagements a[href^='/engagements/']")
                .first()
                .getAttribute("href");
        List<String> checked = new ArrayList<>();
        checked.addAll(tour(
                client,
                List.of(
                        "/",
                        "/account/password",
                        engagement,
                        engagement + "/timeline",
                        engagement + "/sessions",
                        engagement + "/hours",
                        engagement + "/journal/new")));
        checked.addAll(tour(client, firstLinks(client, engagement + "/goals", "/goals/")));

        Page coach = signIn("coach@demo.triad", DemoData.PASSWORD);
        checked.addAll(tour(coach, List.of("/")));
        Page leader = signIn("leader@demo.triad", DemoData.PASSWORD);
        checked.addAll(tour(leader, List.of("/")));

        Page hr = signIn("hr@demo.triad", DemoData.PASSWORD);
        checked.addAll(tour(hr, List.of("/", "/outbox", "/retention", engagement + "/evaluation")));
        checked.addAll(tour(
                hr,
                firstLinks(
                        hr,
                        "/outbox",
                        "/outbox/",
                        "/programmes",
                        "/dashboard",
                        engagement + "/assessments",
                        "/results")));
        org.assertj.core.api.Assertions.assertThat(checked)
                .as("page visits checked")
                .hasSizeGreaterThanOrEqualTo(15);
        org.assertj.core.api.Assertions.assertThat(problems)
                .as("what the tour found")
                .isEmpty();
    }

    /** On a phone HR's long menu folds behind a Menu button (no inline script); on a desk it is one line. */
    @Test
    void hrsMenuFoldsOnAPhoneAndIsOneLineOnADesk() {
        Page hr = signIn("hr@demo.triad", DemoData.PASSWORD);
        assertThat(hr.locator("#all-engagements")).isVisible();
        com.microsoft.playwright.Locator people = hr.locator("#main-menu a[href='/people']");
        assertThat(people).isVisible();
        assertThat(hr.locator("#menu-toggle")).isHidden();
        Object tops = hr.evaluate(
                "() => new Set([...document.querySelectorAll('#main-menu .nav-link')].map(a => Math.round(a.getBoundingClientRect().top))).size");
        org.assertj.core.api.Assertions.assertThat(((Number) tops).intValue())
                .as("lines of the menu at 1280 px")
                .isEqualTo(1);
        Object linkLines = hr.evaluate(
                "() => Math.max(...[...document.querySelectorAll('#main-menu .nav-link')].map(a => Math.round(a.getBoundingClientRect().height)))");
        org.assertj.core.api.Assertions.assertThat(((Number) linkLines).intValue())
                .as("height of a menu link at 1280 px")
                .isLessThan(50);

        hr.setViewportSize(390, 844);
        assertThat(people).isHidden();
        assertThat(hr.locator("#menu-toggle")).isVisible();
        assertThat(hr.locator("#menu-toggle")).hasAttribute("aria-expanded", "false");
        assertAccessible(hr);
        hr.locator("#menu-toggle").click();
        assertThat(people).isVisible();
        assertThat(hr.locator("#menu-toggle")).hasAttribute("aria-expanded", "true");
        assertAccessible(hr);
        people.click();
        assertThat(hr.locator("#main-menu a[href='/people']")).isHidden();
        assertThat(hr.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .isVisible();
    }

    /** What the tour found wrong, every page's, so that one run names them all. */
    private final List<String> problems = new ArrayList<>();

    /** Opens each path the person may open and checks it at both widths; returns the paths checked. */
    private List<String> tour(Page page, List<String> paths) {
        List<String> checked = new ArrayList<>();
        for (String path : paths) {
            Response response = page.navigate(url(path));
            if (response == null || response.status() != 200 || !response.url().contains(path)) {
                continue; // not this person's page (403/404, or redirected elsewhere)
            }
            try {
                assertAccessible(page);
                assertWorksOnAPhone(page);
            } catch (AssertionError e) {
                problems.add(e.getMessage().strip());
                page.setViewportSize(1280, 900);
            }
            checked.add(path);
        }
        return checked;
    }

    /** For each (page, link prefix) pair: the first link in that page's main part whose address has the prefix and an id. */
    private List<String> firstLinks(Page page, String... pagesAndPrefixes) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < pagesAndPrefixes.length; i += 2) {
            page.navigate(url(pagesAndPrefixes[i]));
            Object href = page.evaluate(
                    "prefix => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))"
                            + ".find(h => h.includes(prefix) && /\\d/.test(h.split(prefix)[1] || '') && !/[.](ics|csv)$/.test(h)) || null",
                    pagesAndPrefixes[i + 1]);
            if (href != null) {
                links.add(href.toString());
            }
        }
        return links;
    }
}
