package dev.triad.account;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.RequestOptions;
import dev.triad.support.SingleSignOnBrowserTest;
import dev.triad.support.TestIdentityProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on against a real OpenID Connect provider in the test JVM ({@link TestIdentityProvider}), through a
 * real browser: whom it signs in (the Triad person, with Triad's roles, in a session deactivation can end) and every
 * way it refuses — a forged {@code state}, a replayed authorization code, an expired ID token, an unknown, unverified
 * or deactivated person —, each refusal on its own page and in the audit log, with no code or token in it.
 */
class SingleSignOnIntegrationTest extends SingleSignOnBrowserTest {

    private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");
    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    private long auditBefore;

    @BeforeEach
    void rememberTheAuditLog() {
        auditBefore = jdbc.queryForObject("select coalesce(max(id), 0) from audit_entry", Long.class);
    }

    @Test
    void theSessionHoldsTheTriadPersonWithTriadsRolesUnderTheirEmailAndDeactivationEndsIt() {
        User leader = personWithEmail(uniqueEmailAt("leader", "acme.test"), Role.LEADER);
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.GLOBEX, TestIdentityProvider.add(leader.getEmail()));

        assertArrivesAt(page, "/");
        Map<String, ? extends Session> open = sessions.findByPrincipalName(leader.getEmail());
        assertThat(open).hasSize(1);
        SecurityContext context = open.values().iterator().next().getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(leader.getEmail());
        CurrentUser principal = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(principal.id()).isEqualTo(leader.getId());
        assertThat(principal.passwordHash()).isNull();
        // the provider's groups and roles claims name HR administrators: Triad's roles alone count
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_LEADER");
        assertThat(page.navigate(url("/people")).status()).isEqualTo(403);
        assertThat(audited())
                .anyMatch(entry -> entry.get("kind").equals("SIGN_IN")
                        && entry.get("actor_email").equals(leader.getEmail())
                        && entry.get("details").equals("single sign-on with " + TestIdentityProvider.GLOBEX));

        accounts.deactivate(leader.getId());
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(sessions.findByPrincipalName(leader.getEmail())).isEmpty();
    }

    @Test
    void aForgedStateIsRefusedAndNobodyIsSignedIn() {
        User coach = personWithEmail(uniqueEmailAt("coach", "acme.test"), Role.COACH);
        Page page = newWindow();
        AtomicReference<String> callback = holdBackTheCallback(page);

        signInWith(page, TestIdentityProvider.GLOBEX, TestIdentityProvider.add(coach.getEmail()));
        page.waitForCondition(() -> callback.get() != null);
        page.unrouteAll();

        String forged = callback.get().replaceFirst("state=[^&]+", "state=forged-by-an-attacker");
        page.navigate(forged);

        assertThat(page).hasURL(url("/login/sso-refused"));
        assertThat(page.locator("#sso-refused")).hasAttribute("data-reason", "FAILED");
        assertNotSignedIn(page);
        assertThat(audited())
                .anyMatch(entry -> entry.get("kind").equals("SIGN_IN_FAILED")
                        && entry.get("subject").equals("single sign-on with " + TestIdentityProvider.GLOBEX)
                        && entry.get("details").toString().contains("authorization_request_not_found"));
        assertNoSecretIn(audited(), callback.get());
    }

    @Test
    void aReplayedAuthorizationCodeIsRefusedInAnotherWindowAndInAnotherSignInsFlow() {
        User coach = personWithEmail(uniqueEmailAt("coach", "acme.test"), Role.COACH);
        TestIdentityProvider.Person atTheProvider = TestIdentityProvider.add(coach.getEmail());
        Page victim = newWindow();
        AtomicReference<String> used = new AtomicReference<>();
        victim.onRequest(request -> {
            if (request.url().contains("/login/oauth2/code/")) {
                used.set(request.url());
            }
        });
        signInWith(victim, TestIdentityProvider.GLOBEX, atTheProvider);
        assertArrivesAt(victim, "/");
        String code = group(CODE, used.get());

        // the whole callback address, replayed in another browser (one that found it in a log, say)
        Page attacker = newWindow();
        attacker.navigate(used.get());
        assertThat(attacker).hasURL(url("/login/sso-refused"));
        assertNotSignedIn(attacker);

        // the used code slipped into a sign-in of the attacker's own, with its own state: the provider refuses it
        AtomicReference<String> own = holdBackTheCallback(attacker);
        signInWith(attacker, TestIdentityProvider.GLOBEX, atTheProvider);
        attacker.waitForCondition(() -> own.get() != null);
        attacker.unrouteAll();
        attacker.navigate(own.get().replace("code=" + group(CODE, own.get()), "code=" + code));
        assertThat(attacker).hasURL(url("/login/sso-refused"));
        assertNotSignedIn(attacker);
        assertThat(sessions.findByPrincipalName(coach.getEmail())).hasSize(1); // the victim's own

        List<Map<String, Object>> refusals = audited().stream()
                .filter(entry -> entry.get("kind").equals("SIGN_IN_FAILED"))
                .toList();
        assertThat(refusals)
                .anyMatch(entry -> entry.get("details").toString().contains("authorization_request_not_found"));
        assertThat(refusals).anyMatch(entry -> entry.get("details").toString().contains("invalid_grant"));
        assertNoSecretIn(audited(), code);
        assertThat(group(STATE, own.get())).isNotEqualTo(group(STATE, used.get()));
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        User client = personWithEmail(uniqueEmailAt("client", "acme.test"), Role.CLIENT);
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.GLOBEX, TestIdentityProvider.addWithExpiredIdTokens(client.getEmail()));

        assertArrivesAt(page, "/login/sso-refused");
        assertThat(page.locator("#sso-refused")).hasAttribute("data-reason", "FAILED");
        assertNotSignedIn(page);
        assertThat(audited())
                .anyMatch(entry -> entry.get("kind").equals("SIGN_IN_FAILED")
                        && entry.get("details").toString().contains("invalid_id_token")
                        && entry.get("details").toString().contains("expired"));
    }

    @Test
    void anUnknownEmailIsRefusedAndAuditedWithTheProviderAndTheReason() {
        String email = uniqueEmailAt("nobody", "acme.test");
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.ACME, TestIdentityProvider.add(email));

        assertArrivesAt(page, "/login/sso-refused");
        assertThat(page.locator("#sso-refused")).hasAttribute("data-reason", "UNKNOWN_EMAIL");
        assertThat(audited())
                .anyMatch(entry -> entry.get("kind").equals("SIGN_IN_FAILED")
                        && entry.get("actor_email").equals(email)
                        && entry.get("subject").equals("single sign-on with " + TestIdentityProvider.ACME)
                        && entry.get("details").equals("refused: no person in Triad has this email")
                        && entry.get("address") != null);
        assertThat(jdbc.queryForObject("select count(*) from app_user where lower(email) = ?", Long.class, email))
                .as("nobody is created")
                .isZero();
    }

    @Test
    void anUnverifiedEmailIsRefusedEvenForSomeoneTriadKnows() {
        User coach = personWithEmail(uniqueEmailAt("coach", "acme.test"), Role.COACH);
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.GLOBEX, TestIdentityProvider.addUnverified(coach.getEmail()));

        assertArrivesAt(page, "/login/sso-refused");
        assertThat(page.locator("#sso-refused")).hasAttribute("data-reason", "UNVERIFIED_EMAIL");
        assertThat(page.locator("h1")).hasText("Your email is not verified");
        assertNotSignedIn(page);
        assertThat(audited())
                .anyMatch(entry -> entry.get("actor_email").equals(coach.getEmail())
                        && entry.get("details").equals("refused: the provider has not verified the email"));
    }

    @Test
    void aDeactivatedPersonIsRefusedAndReadsLikeSomeoneTriadDoesNotKnow() {
        User coach = personWithEmail(uniqueEmailAt("coach", "acme.test"), Role.COACH);
        accounts.deactivate(coach.getId());
        Page page = newWindow();

        signInWith(page, TestIdentityProvider.GLOBEX, TestIdentityProvider.add(coach.getEmail()));

        assertArrivesAt(page, "/login/sso-refused");
        assertThat(page.locator("h1")).hasText("Triad has no account for you");
        assertNotSignedIn(page);
        assertThat(audited())
                .anyMatch(entry -> entry.get("actor_email").equals(coach.getEmail())
                        && entry.get("details").equals("refused: the person is deactivated"));
    }

    @Test
    void aPasswordSignInOfASingleSignOnOnlyDomainIsRefusedUncheckedAndAuditedWhileItsSingleSignOnWorks() {
        User client = personWithEmail(uniqueEmailAt("client", TestIdentityProvider.SSO_ONLY_DOMAIN), Role.CLIENT);

        Page refused = signIn(client.getEmail().toUpperCase(java.util.Locale.ROOT), "not even the password");
        assertThat(refused).hasURL(url("/login?ssoOnly"));
        assertNotSignedIn(refused);
        assertThat(audited())
                .anyMatch(entry -> entry.get("kind").equals("SIGN_IN_FAILED")
                        && entry.get("actor_email").equals(client.getEmail())
                        && entry.get("details")
                                .equals("Password sign-in is off for " + TestIdentityProvider.SSO_ONLY_DOMAIN
                                        + ": single sign-on only"));
        // no password was checked, so nothing counts towards the throttle
        assertThat(jdbc.queryForObject(
                        "select count(*) from sign_in_failure where email = ?", Long.class, client.getEmail()))
                .isZero();

        Page sso = newWindow();
        signInWith(sso, TestIdentityProvider.GLOBEX, TestIdentityProvider.add(client.getEmail()));
        assertArrivesAt(sso, "/");
        assertThat(sessions.findByPrincipalName(client.getEmail())).hasSize(1);
    }

    @Test
    void anUnknownProviderIsNotFound() {
        Page page = newWindow();
        assertThat(page.navigate(url("/oauth2/authorization/nobody-configured-this"))
                        .status())
                .isEqualTo(404);
    }

    /**
     * The provider's redirect back to Triad is kept by the test instead of followed, so its address can be changed.
     * (A browser's route sees a navigation's first request only, not its redirects: the test posts the provider's
     * sign-in form itself, in the window's cookies, and walks the provider's redirects up to the one back to Triad.)
     */
    private static AtomicReference<String> holdBackTheCallback(Page page) {
        AtomicReference<String> callback = new AtomicReference<>();
        String provider = TestIdentityProvider.issuer();
        page.route(address -> address.startsWith(provider + "/login"), route -> {
            if (!route.request().method().equals("POST")) {
                route.resume();
                return;
            }
            APIResponse answer = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            String next = answer.headers().get("location");
            while (next != null && (next.startsWith("/") || next.startsWith(provider))) {
                String at = next.startsWith("/") ? provider + next : next;
                next = page.context()
                        .request()
                        .get(at, RequestOptions.create().setMaxRedirects(0))
                        .headers()
                        .get("location");
            }
            callback.set(next);
            route.fulfill(new Route.FulfillOptions()
                    .setStatus(200)
                    .setContentType("text/plain")
                    .setBody(HELD_BACK));
        });
        return callback;
    }

    /** This window is nobody's: its next page is the sign-in page. */
    private void assertNotSignedIn(Page page) {
        page.navigate(url("/account"));
        assertThat(page).hasURL(url("/login"));
    }

    private List<Map<String, Object>> audited() {
        return jdbc.queryForList(
                "select kind, actor_email, subject, details, address from audit_entry where id > ? order by id",
                auditBefore);
    }

    private static void assertNoSecretIn(List<Map<String, Object>> entries, String secret) {
        String code = secret.contains("code=") ? group(CODE, secret) : secret;
        assertThat(entries)
                .allSatisfy(entry -> assertThat(entry.values())
                        .noneMatch(value -> value != null && value.toString().contains(code)));
    }

    private static String group(Pattern pattern, String address) {
        Matcher matcher = pattern.matcher(address);
        assertThat(matcher.find()).as(pattern + " in " + address).isTrue();
        return matcher.group(1);
    }
}
