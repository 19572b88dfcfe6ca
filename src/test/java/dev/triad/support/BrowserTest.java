package dev.triad.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real browser (the system's Chromium, driven by Playwright) against Triad on a random port.
 * One browser per test class; a fresh browser context (its own cookies) per person signing in.
 * Without Chromium the tests are skipped on a developer machine, and fail in CI
 * ({@code TRIAD_REQUIRE_BROWSER=true}). Mail goes to the test JVM's SMTP server ({@link TestMailServer}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ContextConfiguration(initializers = TestMailServer.class)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("TRIAD_CHROMIUM", "/usr/bin/chromium"));

    /** Only "minor" axe findings pass; everything from moderate up fails the test. */
    private static final java.util.Set<String> FAILING_IMPACTS = java.util.Set.of("moderate", "serious", "critical");

    private static Playwright playwright;
    private static Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("TRIAD_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + " (apt-get install chromium)");
        }
        Assumptions.assumeTrue(present, "Chromium not installed at " + CHROMIUM + "; browser tests skipped");
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-dev-shm-usage",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new browser window with no cookies. */
    protected Page newWindow() {
        return newWindow(new Browser.NewContextOptions());
    }

    /** A new browser window with no cookies whose clock is in {@code timeZoneId} (e.g. "America/New_York"). */
    protected Page newWindowIn(String timeZoneId) {
        return newWindow(new Browser.NewContextOptions().setTimezoneId(timeZoneId));
    }

    private Page newWindow(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setViewportSize(1280, 900));
        contexts.add(context);
        return context.newPage();
    }

    /** Signs in through the login page in a fresh window. */
    protected Page signIn(String email, String password) {
        return signIn(newWindow(), email, password);
    }

    /** Signs in through the login page in a fresh window whose clock is in {@code timeZoneId}. */
    protected Page signInFrom(String timeZoneId, String email, String password) {
        return signIn(newWindowIn(timeZoneId), email, password);
    }

    private Page signIn(Page page, String email, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(
                        com.microsoft.playwright.options.AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Sign in").setExact(true))
                .click();
        return page;
    }

    /**
     * Runs axe-core (WCAG 2.0, 2.1 and 2.2 A and AA rules) on the page as it is and fails on any moderate, serious or
     * critical violation,
     * naming the rule and the elements. Injected through the DevTools protocol, so the page's CSP stays as it is.
     */
    protected void assertAccessible(Page page) {
        // The page at rest: not under the pointer nor mid-transition after the last click (a button fading between its
        // hover and normal colours has, for a moment, neither's contrast).
        page.mouse().move(0, 0);
        page.evaluate("() => document.activeElement && document.activeElement.blur && document.activeElement.blur()");
        page.waitForTimeout(400);
        // axe lets aria-describedby point at nothing as long as one id exists (a reference to no element is a defect),
        // and
        // calls an empty table header cell only a best practice.
        @SuppressWarnings("unchecked")
        List<String> dangling = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('[aria-describedby], [aria-labelledby], [aria-controls]')]
                    .flatMap(el => ['aria-describedby', 'aria-labelledby', 'aria-controls']
                        .flatMap(attr => (el.getAttribute(attr) || '').split(/\\s+/).filter(id => id)
                            .filter(id => !document.getElementById(id))
                            .map(id => (el.id || el.getAttribute('name') || el.tagName) + ' ' + attr + '=' + id)))
                    .concat([...document.querySelectorAll('th')].filter(th => !th.textContent.trim() && !th.getAttribute('aria-label'))
                        .map(th => 'an empty <th>'))""");
        org.assertj.core.api.Assertions.assertThat(dangling)
                .as("ARIA references to missing ids on " + page.url())
                .isEmpty();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        // WCAG 2.5.3 (label in name): axe ships this rule as experimental, so it runs only when named.
        AxeResults labelInName = new AxeBuilder(page)
                .withRules(List.of("label-content-name-mismatch"))
                .analyze();
        List<String> serious = java.util.stream.Stream.concat(
                        results.getViolations().stream(), labelInName.getViolations().stream())
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(serious)
                .as("accessibility of " + page.url())
                .isEmpty();
    }

    /** The innermost elements reaching past the window's right edge, as tag#id.class, for the message of a failure. */
    private static final String WIDEST = """
            () => [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 1))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                    + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
                .join(', ')""";

    /** The page on a phone (390 × 844): it fits the width, nothing to scroll sideways, and is accessible there too. */
    protected void assertWorksOnAPhone(Page page) {
        page.setViewportSize(390, 844);
        page.waitForTimeout(500); // charts resize themselves on the next frames; typed text stays as it is
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as(() -> "sideways scroll on a phone at " + page.url() + ", past the edge: " + page.evaluate(WIDEST))
                .isLessThanOrEqualTo(0);
        assertAccessible(page);
        page.setViewportSize(1280, 900);
        page.waitForTimeout(300);
    }

    /**
     * Keeps a picture of the page under target/screenshots for a person to look at, and checks it for accessibility
     * ({@link #assertAccessible}): every page a journey pictures is a main page.
     */
    protected void screenshot(Page page, String name) {
        assertAccessible(page);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/screenshots/" + name + ".png"))
                .setFullPage(true));
    }
}
