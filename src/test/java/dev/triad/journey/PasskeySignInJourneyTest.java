package dev.triad.journey;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in with their password, adds a passkey on their account page, signs out and back in with the
 * passkey alone; a removed passkey, or a deactivated person's, signs nobody in. The device is Chromium's virtual
 * authenticator (the DevTools protocol's WebAuthn domain: CTAP2, built in, keeping its passkeys, verifying its user).
 *
 * <p>WebAuthn binds a passkey to the relying party's id and origin, which Triad takes from {@code triad.base-url}: the
 * server here listens on a port chosen before it starts, and the base URL names it, so the browser's origin is the one
 * Triad accepts ({@code http://localhost} is a secure context, as WebAuthn requires).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeySignInJourneyTest extends BrowserTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void oneKnownAddress(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("triad.base-url", () -> "http://localhost:" + PORT);
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;

    @Test
    void aClientAddsAPasskeySignsInWithItAloneAndARemovedOneNoLongerSignsIn() {
        User client = fixtures.person(Role.CLIENT);
        Page page = signIn(client.getEmail(), Fixtures.PASSWORD);
        assertThat(page.locator("#nav-account")).isVisible();
        virtualAuthenticator(page);

        page.navigate(url("/account"));
        page.locator("#link-passkeys").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your passkeys")))
                .isVisible();
        assertThat(page.locator("#no-passkeys")).isVisible();

        // no name: the message is next to the field, nothing is asked of the device
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .click();
        assertThat(page.locator("#passkey-label-error"))
                .hasText("Give the passkey a name, so you can tell it from others later.");
        assertThat(page.getByLabel("Name of this passkey")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        page.getByLabel("Name of this passkey").fill("Work laptop");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .click();
        added(page);
        assertThat(page.locator("[data-test=passkey-0] .passkey-label")).hasText("Work laptop");
        assertThat(page.locator("[data-test=passkey-0]")).containsText("Not yet");
        screenshot(page, "passkeys");
        assertWorksOnAPhone(page);
        assertThat(audit("PASSKEY_ADDED", client.getEmail())).containsExactly("“Work laptop”");

        signOut(page);
        assertThat(page.locator("#passkey-sign-in")).isVisible();
        screenshot(page, "login-with-passkey");
        assertWorksOnAPhone(page);
        String before = sessionCookie(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                .click();
        assertThat(page.locator("#nav-account"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(page).hasURL(url("/"));
        String after = sessionCookie(page);
        assertThat(after).isNotNull().isNotEqualTo(before);
        Session signedIn = sessions.findById(sessionId(after));
        assertThat(signedIn).isNotNull();
        SecurityContext context = signedIn.getAttribute("SPRING_SECURITY_CONTEXT");
        assertThat(context.getAuthentication().getName()).isEqualTo(client.getEmail());
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(CurrentUser.class, me -> {
            assertThat(me.id()).isEqualTo(client.getId());
            assertThat(me.passwordHash()).isNull();
        });
        assertThat(sessions.findByPrincipalName(client.getEmail())).containsKey(sessionId(after));
        assertThat(audit("SIGN_IN", client.getEmail())).contains("with a passkey");

        page.navigate(url("/account/passkeys"));
        assertThat(page.locator("[data-test=passkey-0]")).not().containsText("Not yet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove Work laptop"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your passkey is removed: it signs nobody in any more.");
        assertThat(page.locator("#no-passkeys")).isVisible();
        assertThat(audit("PASSKEY_REMOVED", client.getEmail())).containsExactly("“Work laptop”");

        // the device still holds the passkey; Triad no longer knows it
        signOut(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                .click();
        assertThat(page.locator("#passkey-error"))
                .containsText(
                        "That passkey did not sign you in",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(30_000));
        assertThat(page).hasURL(url("/login?logout"));
        assertThat(page.locator("#nav-account")).hasCount(0);
        assertAccessible(page);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'SIGN_IN_FAILED' and actor_email = 'unknown passkey'"
                                + " and details like 'With a passkey%'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void aDeactivatedPersonsPasskeySignsThemNotIn() {
        User coach = fixtures.person(Role.COACH);
        Page page = signIn(coach.getEmail(), Fixtures.PASSWORD);
        virtualAuthenticator(page);
        page.navigate(url("/account/passkeys"));
        page.getByLabel("Name of this passkey").fill("Coach’s phone");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a passkey"))
                .click();
        added(page);
        signOut(page);

        accounts.deactivate(coach.getId());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with a passkey"))
                .click();
        assertThat(page.locator("#passkey-error"))
                .containsText(
                        "the account is deactivated",
                        new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions()
                                .setTimeout(30_000));
        assertThat(page.locator("#nav-account")).hasCount(0);
        page.navigate(url("/account"));
        assertThat(page).hasURL(url("/login"));
        assertThat(audit("SIGN_IN_FAILED", coach.getEmail()))
                .containsExactly("With a passkey: the account is deactivated");
        assertThat(audit("SIGN_IN", coach.getEmail())).doesNotContain("with a passkey");
    }

    /** The ceremony (device, then Triad's check) is done and the page says so; on a busy machine it takes a while. */
    private static void added(Page page) {
        try {
            assertThat(page.locator("#passkey-added"))
                    .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                            .setTimeout(30_000));
        } catch (AssertionError notAdded) {
            throw new AssertionError(
                    "no passkey added; the page says: "
                            + page.locator("#passkey-label-error").textContent(),
                    notAdded);
        }
    }

    /** Chromium's built-in passkey device for this page, which verifies its user (as a fingerprint would). */
    private static void virtualAuthenticator(Page page) {
        page.onConsoleMessage(message -> System.out.println("[browser console] " + message.text()));
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject parameters = new JsonObject();
        parameters.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", parameters);
    }

    private static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .click();
        assertThat(page.locator("[role=status]")).hasText("You have signed out.");
    }

    private List<String> audit(String kind, String email) {
        return jdbc.queryForList(
                "select details from audit_entry where kind = ? and actor_email = ? order by id",
                String.class,
                kind,
                email);
    }

    private static String sessionCookie(Page page) {
        return page.context().cookies().stream()
                .filter(cookie -> cookie.name.equals("TRIAD_SESSION"))
                .map(cookie -> cookie.value)
                .findFirst()
                .orElse(null);
    }

    /** Spring Session's cookie holds the session id in base64. */
    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
