package dev.triad.journey;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.SingleSignOnBrowserTest;
import dev.triad.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in with their organisation's identity provider, a real OpenID Connect provider in the test JVM
 * (Spring Authorization Server), through the real redirects: Triad's "Sign in with …" button, the provider's sign-in
 * form and consent page, and back to Triad as the person HR created with that email. Someone the provider knows but
 * Triad does not is turned away with a page that says why. In a single-sign-on-only domain, password sign-in is off
 * but for the break-glass HR administrator HR keeps it for.
 */
class SignInWithSingleSignOnJourneyTest extends SingleSignOnBrowserTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void aCoachSignsInWithTheirProviderByAuthorizationCodeWithPkceAndIsTheirTriadSelf() {
        User coach = personWithEmail(uniqueEmailAt("coach", "acme.test"), Role.COACH);
        // the provider spells the address its own way: matched case-insensitively
        TestIdentityProvider.Person atTheProvider =
                TestIdentityProvider.add(coach.getEmail().toUpperCase(Locale.ROOT));
        Page page = newWindow();
        List<String> authorizationRequests = new ArrayList<>();
        page.onRequest(request -> record(request, authorizationRequests));

        page.navigate(url("/login"));
        assertThat(page.locator("#sso-providers")).containsText("Sign in with " + TestIdentityProvider.ACME);
        assertThat(page.locator("#sso-providers")).containsText("Sign in with " + TestIdentityProvider.GLOBEX);
        screenshot(page, "sign-in-with-single-sign-on");
        assertWorksOnAPhone(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with " + TestIdentityProvider.ACME))
                .click();
        page.waitForURL(address -> address.startsWith(TestIdentityProvider.issuer() + "/login"));
        String sessionBefore = triadSession(page);
        assertThat(authorizationRequests).hasSize(1);
        assertThat(authorizationRequests.get(0))
                .contains("response_type=code")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256")
                .contains("state=")
                .contains("nonce=")
                .contains("redirect_uri=http://127.0.0.1:" + port + "/login/oauth2/code/acme");

        signInAtTheProvider(page, atTheProvider);

        assertArrivesAt(page, "/");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(coach.getFullName())))
                .isVisible();
        assertThat(triadSession(page)).as("a new session id at sign-in").isNotEqualTo(sessionBefore);
        screenshot(page, "home-after-single-sign-on");
        page.navigate(url("/account"));
        assertThat(page.locator("#account-email")).hasText(coach.getEmail());
        // a coach's page, by Triad's roles; the provider's groups (HR administrators) count for nothing
        assertThat(page.navigate(url("/schedule")).status()).isEqualTo(200);
        assertThat(page.navigate(url("/people")).status()).isEqualTo(403);
    }

    @Test
    void someoneTheProviderKnowsButTriadDoesNotIsTurnedAwayWithAPageThatSaysWhy() {
        String email = uniqueEmailAt("stranger", "acme.test");
        TestIdentityProvider.Person stranger = TestIdentityProvider.add(email);
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.GLOBEX, stranger);

        assertArrivesAt(page, "/login/sso-refused");
        assertThat(page.locator("#sso-refused")).hasAttribute("data-reason", "UNKNOWN_EMAIL");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Triad has no account for you");
        assertThat(page.locator("#sso-email")).containsText(email);
        screenshot(page, "single-sign-on-refused");
        assertWorksOnAPhone(page);
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
    }

    @Test
    void hrKeepsPasswordSignInForABreakGlassAdministratorOfASingleSignOnOnlyDomain() {
        User admin = personWithEmail(uniqueEmailAt("admin", TestIdentityProvider.SSO_ONLY_DOMAIN), Role.HR_ADMIN);
        User client = personWithEmail(uniqueEmailAt("client", TestIdentityProvider.SSO_ONLY_DOMAIN), Role.CLIENT);

        // password sign-in is off for the domain: pointed to the single sign-on buttons, not signed in
        Page refused = signIn(admin.getEmail(), Fixtures.PASSWORD);
        assertThat(refused).hasURL(url("/login?ssoOnly"));
        assertThat(refused.locator("#sso-only")).containsText("sign in with single sign-on");
        assertThat(refused.locator("#sso-only")).containsText("“Sign in with …” button below");
        screenshot(refused, "password-sign-in-off-for-the-domain");

        Page hr = signIn(fixtures.hr().getEmail(), Fixtures.PASSWORD);
        hr.navigate(url("/people/" + client.getId() + "/edit"));
        assertThat(hr.locator("#break-glass")).containsText("single sign-on only");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep password sign-in"))
                .click();
        assertThat(hr.getByRole(AriaRole.ALERT)).containsText("Only an HR administrator can keep password sign-in");
        assertThat(hr.locator("#break-glass")).hasAttribute("data-break-glass", "false");

        hr.navigate(url("/people/" + admin.getId() + "/edit"));
        screenshot(hr, "person-with-break-glass-choice");
        hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep password sign-in"))
                .click();
        assertThat(hr.getByRole(AriaRole.STATUS))
                .hasText(admin.getFullName() + " keeps password sign-in as a break-glass account.");
        assertThat(hr.locator("#break-glass")).hasAttribute("data-break-glass", "true");
        assertThat(hr.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Withdraw password sign-in")))
                .isVisible();

        Page breakGlass = signIn(admin.getEmail(), Fixtures.PASSWORD);
        assertThat(breakGlass).hasURL(url("/"));
        assertThat(breakGlass.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(admin.getFullName())))
                .isVisible();
        Page stillRefused = signIn(client.getEmail(), Fixtures.PASSWORD);
        assertThat(stillRefused).hasURL(url("/login?ssoOnly"));
    }

    private static void record(Request request, List<String> authorizationRequests) {
        if (request.url().startsWith(TestIdentityProvider.issuer() + "/oauth2/authorize")
                && request.isNavigationRequest()
                && authorizationRequests.isEmpty()) {
            authorizationRequests.add(
                    java.net.URLDecoder.decode(request.url(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static String triadSession(Page page) {
        return page.context().cookies("http://127.0.0.1").stream()
                .filter(cookie -> cookie.name.equals("TRIAD_SESSION"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse(null);
    }
}
