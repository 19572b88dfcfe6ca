package dev.triad.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.Role;
import dev.triad.account.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;

import java.util.EnumSet;
import java.util.UUID;

/**
 * A {@link BrowserTest} whose Triad signs in with single sign-on too, against the real OpenID Connect provider of
 * {@link TestIdentityProvider}. Every such test shares this one Triad context (and the provider, started once). Triad
 * is opened at 127.0.0.1, the loopback address its redirect URIs are registered for; the provider is at localhost.
 */
@ContextConfiguration(initializers = TestIdentityProvider.class)
public abstract class SingleSignOnBrowserTest extends BrowserTest {

    /** What a test answers instead of the provider when it holds the way back to Triad. */
    protected static final String HELD_BACK = "held back by the test";

    @Autowired
    protected Accounts accounts;

    @Override
    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The browser ends up at this page of Triad (after the redirects); on failure, says where it is instead. */
    protected void assertArrivesAt(Page page, String path) {
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page)
                .hasURL(
                        url(path),
                        new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(20_000));
    }

    /** A person HR created with this email (and the tests' password), e.g. at the single-sign-on-only domain. */
    protected User personWithEmail(String email, Role... roles) {
        EnumSet<Role> set = EnumSet.of(roles[0], roles);
        return accounts.createWithOwnPassword(
                new PersonDetails(
                        "Test sso " + UUID.randomUUID().toString().substring(0, 6),
                        email,
                        null,
                        set,
                        set.contains(Role.COACH) ? "leadership" : null,
                        set.contains(Role.COACH) ? "English" : null,
                        set.contains(Role.COACH) ? 10 : null),
                Fixtures.PASSWORD);
    }

    /** An email nobody has, at {@code domain}. */
    protected static String uniqueEmailAt(String prefix, String domain) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@" + domain;
    }

    /**
     * From Triad's sign-in page through the provider: the "Sign in with {@code provider}" button, the provider's own
     * sign-in form, its consent page when it asks. Returns when the provider has sent the browser back (or tried to).
     */
    protected void signInWith(Page page, String provider, TestIdentityProvider.Person person) {
        page.navigate(url("/login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + provider))
                .click();
        signInAtTheProvider(page, person);
    }

    /** The provider's sign-in form (and consent page, if it asks), the browser already on it. */
    protected void signInAtTheProvider(Page page, TestIdentityProvider.Person person) {
        page.waitForURL(address -> address.startsWith(TestIdentityProvider.issuer() + "/login"));
        page.locator("#username").fill(person.login());
        page.locator("#password").fill(TestIdentityProvider.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForCondition(() -> !page.url().startsWith(TestIdentityProvider.issuer() + "/login")
                || page.content().contains(HELD_BACK));
        if (page.url().startsWith(TestIdentityProvider.issuer() + "/oauth2/authorize")) {
            // the provider's consent page: every scope Triad asks for, ticked
            page.locator("input[type=checkbox][name=scope]").all().forEach(scope -> scope.check());
            page.locator("#submit-consent").click();
        }
    }
}
