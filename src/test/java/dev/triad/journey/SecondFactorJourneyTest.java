package dev.triad.journey;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.BrowserTest;
import dev.triad.support.Fixtures;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coach turns on the second factor from their account page as a person with an authenticator app would: the key is
 * read off the page and the app's code worked out with the same TOTP library an app uses (java-otp, 30 s, 6 digits,
 * SHA-1). They keep the recovery codes, sign out, and sign in again with password and code, then with a recovery code.
 * Every page on the way is checked with axe at desktop and phone width.
 */
class SecondFactorJourneyTest extends BrowserTest {

    @Autowired
    Fixtures fixtures;

    /** What an authenticator app shows at {@code at} for the key typed into it. */
    private static String appCode(String typedKey, Instant at) throws Exception {
        TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator(
                Duration.ofSeconds(30), 6, TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
        byte[] secret = new Base32().decode(typedKey.replace(" ", ""));
        return app.generateOneTimePasswordString(new SecretKeySpec(secret, app.getAlgorithm()), at);
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    @Test
    void aCoachSetsUpAnAuthenticatorAppKeepsTheRecoveryCodesAndSignsInWithPasswordAndCode() throws Exception {
        User coach = fixtures.person(Role.COACH);
        Page page = signIn(coach.getEmail(), Fixtures.PASSWORD);
        page.getByRole(AriaRole.LINK, named("Your account")).first().click();
        page.getByRole(AriaRole.LINK, named("Second factor")).click();

        // the enrolment page: a QR code drawn by the server (an image of its own URL, no script) and the key
        assertThat(page.getByRole(AriaRole.HEADING, named("Set up your second factor")))
                .isVisible();
        assertThat(page.locator("#qr-code")).isVisible();
        // the image loads after the page: wait for it (a broken one never gets a width)
        page.waitForFunction("() => document.getElementById('qr-code').complete");
        Object width = page.evaluate("() => document.getElementById('qr-code').naturalWidth");
        assertThat(((Number) width).intValue()).as("the QR code image loaded").isEqualTo(240);
        String key = page.locator("#totp-key").textContent();
        assertThat(key).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
        screenshot(page, "second-factor-enrol");
        assertWorksOnAPhone(page);

        // a mistyped code is refused next to the field
        String right = appCode(key, Instant.now());
        page.getByLabel("Code from your app").fill(right.equals("000000") ? "111111" : "000000");
        page.getByRole(AriaRole.BUTTON, named("Confirm and turn on")).click();
        assertThat(page.locator("#code-error")).containsText("not the code your app shows now");
        assertThat(page.getByLabel("Code from your app")).hasAttribute("aria-invalid", "true");
        assertAccessible(page);

        page.getByLabel("Code from your app").fill(appCode(key, Instant.now()));
        page.getByRole(AriaRole.BUTTON, named("Confirm and turn on")).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Your recovery codes")))
                .isVisible();
        List<String> codes = page.locator("#recovery-codes li").allTextContents();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        screenshot(page, "second-factor-recovery-codes");
        assertWorksOnAPhone(page);
        page.getByRole(AriaRole.LINK, named("I have kept them: continue")).click();

        page.navigate(url("/account/second-factor"));
        assertThat(page.locator("#recovery-codes-left")).hasText("10 recovery codes are left.");
        screenshot(page, "second-factor-status");
        assertWorksOnAPhone(page);

        // signing in again: the password, then the code
        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(coach.getEmail());
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Your code"))).isVisible();
        assertThat(page.locator("#main-menu")).hasCount(0);
        screenshot(page, "second-factor-sign-in");
        assertWorksOnAPhone(page);
        // the code of the next 30 seconds: the one that confirmed the app may still be showing, and is spent
        page.getByLabel("Code from your app, or a recovery code")
                .fill(appCode(key, Instant.now().plusSeconds(30)));
        page.getByRole(AriaRole.BUTTON, named("Continue")).click();
        assertThat(page.getByRole(AriaRole.LINK, named("Your account")).first()).isVisible();
        assertThat(page.locator("#main-menu")).hasCount(1);

        // without the phone: a recovery code, once
        page.getByRole(AriaRole.BUTTON, named("Sign out")).click();
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(coach.getEmail());
        page.getByLabel("Password").fill(Fixtures.PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in").setExact(true)).click();
        page.getByLabel("Code from your app, or a recovery code").fill("123456");
        page.getByRole(AriaRole.BUTTON, named("Continue")).click();
        assertThat(page.locator("#code-error")).containsText("not right");
        assertAccessible(page);
        page.getByLabel("Code from your app, or a recovery code").fill(codes.get(0));
        page.getByRole(AriaRole.BUTTON, named("Continue")).click();
        page.navigate(url("/account/second-factor"));
        assertThat(page.locator("#recovery-codes-left")).hasText("9 recovery codes are left.");
    }
}
