package dev.triad.account;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second factor end to end through MockMvc, with sessions in the database as in production: setting it up from the
 * account page (the QR code holds the key the page shows), signing in in two steps with nothing reachable in between,
 * replays and recovery codes, the throttle, HR's duty to have one, replacing and turning it off, and HR's reset.
 * HR's duty is on here, as in production (the rest of the suite turns it off).
 */
@IntegrationTest
@RecordApplicationEvents
@TestPropertySource(properties = "triad.second-factor.required-for-hr=true")
class SecondFactorIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    ApplicationEvents events;

    /** An app set up through the service, with a code of the step before now (so that now's is still unused). */
    record Enrolled(String secret, List<String> recoveryCodes) {
        String codeAt(Instant at) {
            return TotpCodes.codeAt(NewAuthenticator.decode(secret), TotpCodes.stepOf(at));
        }

        String codeNow() {
            return codeAt(Instant.now());
        }
    }

    Enrolled enrol(User user) {
        CurrentUser me = fixtures.principal(user);
        NewAuthenticator app = secondFactors.newAuthenticator(me);
        String previous = TotpCodes.codeAt(app.secretBytes(), TotpCodes.stepOf(Instant.now()) - 1);
        return new Enrolled(app.secret(), secondFactors.enrol(me, app, previous, false));
    }

    /** A browser: its session cookie (the latest one Triad set) and its own address, so no test throttles another. */
    final class Visitor {
        private Cookie cookie;
        private final String address = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
                + (int) (Math.random() * 250);

        MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            MvcResult result = mvc.perform(request.with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andReturn();
            Cookie set = result.getResponse().getCookie("TRIAD_SESSION");
            if (set != null && !set.getValue().isEmpty()) {
                cookie = set;
            }
            return result;
        }

        MvcResult get(String path) throws Exception {
            return perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path));
        }

        MvcResult post(String path, String... params) throws Exception {
            MockHttpServletRequestBuilder request =
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                            .with(csrf());
            for (int i = 0; i < params.length; i += 2) {
                request.param(params[i], params[i + 1]);
            }
            return perform(request);
        }

        MvcResult password(User user) throws Exception {
            return post("/login", "email", user.getEmail(), "password", Fixtures.PASSWORD);
        }

        MvcResult code(String code) throws Exception {
            return post("/login/second-factor", "code", code);
        }

        String sessionId() {
            return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
        }
    }

    private static String location(MvcResult result) {
        return result.getResponse().getHeader("Location");
    }

    private List<String> audit(String actor, String kind) {
        return jdbc.queryForList(
                "select coalesce(details, '') || ' @' || coalesce(address, '') from audit_entry "
                        + "where actor_email = ? and kind = ? order by id",
                String.class,
                actor,
                kind);
    }

    private List<Map<String, Object>> mailsTo(String email) {
        return jdbc.queryForList(
                "select subject, text_body from outbox_message where recipient_email = ? and kind = ? order by id",
                email,
                "SECOND_FACTOR_CHANGED");
    }

    // ---------------------------------------------------------------- setting it up

    @Test
    void aPersonSetsUpTheAppFromTheQrCodeOrTheKeyAndGetsTenRecoveryCodesShownOnce() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Visitor browser = new Visitor();
        assertThat(location(browser.password(client))).isEqualTo("/");

        MvcResult page = browser.get("/account/second-factor");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String key = Page.of(page).text("#totp-key").replace(" ", "");
        assertThat(key).matches("[A-Z2-7]{32}");
        assertThat(Page.of(page).text("#totp-account")).contains(client.getEmail());
        // reloading shows the same key: a phone that scanned it is not left behind
        assertThat(Page.of(browser.get("/account/second-factor"))
                        .text("#totp-key")
                        .replace(" ", ""))
                .isEqualTo(key);

        MvcResult qr = browser.get("/account/second-factor/qr.png");
        assertThat(qr.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(qr.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(decodeQr(qr.getResponse().getContentAsByteArray()))
                .isEqualTo("otpauth://totp/Triad:" + client.getEmail().replace("@", "%40") + "?secret=" + key
                        + "&issuer=Triad&algorithm=SHA1&digits=6&period=30");

        MvcResult wrong =
                browser.post("/account/second-factor", "code", "000000".equals(code(key)) ? "111111" : "000000");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(wrong).text("#code-error")).contains("not the code your app shows now");
        assertThat(secondFactors.isEnrolled(client.getId())).isFalse();

        MvcResult done = browser.post("/account/second-factor", "code", code(key));
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        List<String> codes = Page.of(done).texts("#recovery-codes li");
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
        assertThat(secondFactors.isEnrolled(client.getId())).isTrue();
        // only hashes are kept
        List<String> stored = jdbc.queryForList(
                "select code_hash from recovery_code where user_id = ?", String.class, client.getId());
        assertThat(stored).hasSize(10).noneMatch(codes::contains);
        assertThat(jdbc.queryForObject(
                        "select secret from totp_authenticator where user_id = ?", String.class, client.getId()))
                .isEqualTo(key);

        // shown once: the page now says what is set up, and there is no QR code any more
        MvcResult status = browser.get("/account/second-factor");
        assertThat(Page.of(status).text("#recovery-codes-left")).isEqualTo("10 recovery codes are left.");
        assertThat(Page.of(status).has("#recovery-codes")).isFalse();
        assertThat(browser.get("/account/second-factor/qr.png").getResponse().getStatus())
                .isEqualTo(404);

        assertThat(audit(client.getEmail(), "SECOND_FACTOR_ENROLLED")).hasSize(1);
        assertThat(mailsTo(client.getEmail()))
                .singleElement()
                .satisfies(mail -> assertThat(mail.get("text_body").toString()).contains("was set up"));
        assertThat(events.stream(SecondFactorChanged.class)
                        .filter(e -> e.userId().equals(client.getId())))
                .containsExactly(new SecondFactorChanged(client.getId(), client.getEmail()));
    }

    private static String code(String base32) {
        return TotpCodes.codeAt(NewAuthenticator.decode(base32), TotpCodes.stepOf(Instant.now()));
    }

    private static String decodeQr(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        return new QRCodeReader()
                .decode(new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))))
                .getText();
    }

    // ---------------------------------------------------------------- signing in

    @Test
    void afterThePasswordNoPageOpensUntilTheCodeIsGivenAndThenUnderANewSession() throws Exception {
        User coach = fixtures.person(Role.COACH);
        Enrolled app = enrol(coach);
        Visitor browser = new Visitor();

        MvcResult password = browser.password(coach);
        assertThat(location(password)).isEqualTo("/login/second-factor");
        assertThat(location(browser.get("/"))).isEqualTo("/login");
        assertThat(signedInSessionsOf(coach))
                .as("no session is signed in as the coach")
                .isZero();
        for (String path : List.of("/", "/account", "/account/second-factor", "/notifications", "/schedule")) {
            assertThat(location(browser.get(path))).as(path).isEqualTo("/login");
        }
        // the redirects above kept the request for later; the step page still waits
        MvcResult step = browser.get("/login/second-factor");
        assertThat(step.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(step).has("#code")).isTrue();

        MvcResult wrong = browser.code("12345");
        assertThat(wrong.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(wrong).text("#code-error")).contains("not right");
        assertThat(Page.of(wrong).one("#code").attr("aria-describedby")).contains("code-error");
        assertThat(signedInSessionsOf(coach)).isZero();

        String halfWay = browser.sessionId();
        MvcResult right = browser.code(app.codeNow());
        // the first page asked for after the password
        assertThat(location(right)).contains("/schedule");
        assertThat(browser.sessionId()).isNotEqualTo(halfWay);
        assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
        assertThat(signedInSessionsOf(coach)).isOne();
        // the half-way session id is no key to anything
        Cookie old = new Cookie(
                "TRIAD_SESSION", Base64.getEncoder().encodeToString(halfWay.getBytes(StandardCharsets.UTF_8)));
        assertThat(location(mvc.perform(get("/").cookie(old)).andReturn())).isEqualTo("/login");
        assertThat(browser.get("/login/second-factor").getResponse().getHeader("Location"))
                .isEqualTo("/login");

        assertThat(audit(coach.getEmail(), "SECOND_FACTOR_FAILED"))
                .singleElement()
                .asString()
                .contains("At sign-in")
                .endsWith("@" + browser.address);
        assertThat(audit(coach.getEmail(), "SECOND_FACTOR_PASSED"))
                .singleElement()
                .asString()
                .contains("authenticator app");
    }

    private int signedInSessionsOf(User user) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Integer.class, user.getEmail());
    }

    @Test
    void withoutAPasswordJustAcceptedTheStepPageSendsBackToTheSignIn() throws Exception {
        mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(unauthenticated());
    }

    @Test
    void aCodeSignsInOnceEvenWithinItsThirtySeconds() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Enrolled app = enrol(client);
        Instant now = Instant.now();
        String code = app.codeAt(now);

        Visitor first = new Visitor();
        first.password(client);
        assertThat(location(first.code(code))).isEqualTo("/");

        Visitor second = new Visitor();
        second.password(client);
        MvcResult replayed = second.code(code);
        assertThat(replayed.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(replayed).text("#code-error")).contains("used already");
        // the app's next code still signs in
        assertThat(location(second.code(app.codeAt(now.plusSeconds(30))))).isEqualTo("/");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndInAnySpellingAndTheAccountPageCountsWhatIsLeft() throws Exception {
        User leader = fixtures.person(Role.LEADER);
        Enrolled app = enrol(leader);
        String code = app.recoveryCodes().get(3);

        Visitor browser = new Visitor();
        browser.password(leader);
        assertThat(location(browser.code(
                        " " + code.toUpperCase(java.util.Locale.ROOT).replace("-", " ") + " ")))
                .isEqualTo("/");
        assertThat(Page.of(browser.get("/account/second-factor")).text("#recovery-codes-left"))
                .isEqualTo("9 recovery codes are left.");
        assertThat(audit(leader.getEmail(), "SECOND_FACTOR_PASSED"))
                .singleElement()
                .asString()
                .contains("recovery code, 9 left");

        Visitor again = new Visitor();
        again.password(leader);
        assertThat(again.code(code).getResponse().getStatus()).isEqualTo(200);
        assertThat(location(again.get("/"))).isEqualTo("/login");
    }

    @Test
    void wrongCodesCountAsFailedSignInsAndHoldTheAccountBackLikeWrongPasswords() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Enrolled app = enrol(client);
        Visitor browser = new Visitor();
        browser.password(client);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.code("99999" + i).getResponse().getStatus()).isEqualTo(200);
        }
        // the sixth attempt, even with the right code, is not checked, and the half-made sign-in is dropped
        assertThat(location(browser.code(app.codeNow()))).isEqualTo("/login?throttled");
        assertThat(location(browser.get("/login/second-factor"))).isEqualTo("/login");
        assertThat(location(browser.get("/"))).isEqualTo("/login");
        assertThat(audit(client.getEmail(), "SIGN_IN_THROTTLED"))
                .singleElement()
                .asString()
                .contains("Second factor");
        assertThat(audit(client.getEmail(), "SECOND_FACTOR_FAILED")).hasSize(5);

        // the password, from anywhere, is held back the same way: one count for the account
        Visitor elsewhere = new Visitor();
        assertThat(location(elsewhere.password(client))).isEqualTo("/login?throttled");

        // the window passes: password and code let the person in
        jdbc.update(
                "update sign_in_failure set failed_at = failed_at - interval '16 minutes' where email = ?",
                client.getEmail());
        Visitor later = new Visitor();
        assertThat(location(later.password(client))).isEqualTo("/login/second-factor");
        assertThat(location(later.code(app.codeAt(Instant.now().plusSeconds(30)))))
                .isEqualTo("/");
    }

    @Test
    void theCodeMustFollowThePasswordWithinTheSignInWindow() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Enrolled app = enrol(client);
        Visitor browser = new Visitor();
        browser.password(client);
        // five minutes pass
        overdue(sessions, browser.sessionId(), client);

        MvcResult late = browser.code(app.codeNow());
        assertThat(location(late)).isEqualTo("/login");
        assertThat(late.getFlashMap().get("error").toString()).contains("waited too long");
        assertThat(location(browser.get("/"))).isEqualTo("/login");
        // and the code was not spent on it
        Visitor again = new Visitor();
        again.password(client);
        assertThat(location(again.code(app.codeNow()))).isEqualTo("/");
    }

    private static <S extends Session> void overdue(SessionRepository<S> sessions, String id, User user) {
        S session = sessions.findById(id);
        session.setAttribute(
                SecondFactorSignIn.PENDING,
                new PendingSecondFactor(
                        user.getId(), user.getEmail(), Instant.now().minusSeconds(1)));
        sessions.save(session);
    }

    @Test
    void aPersonDeactivatedBetweenPasswordAndCodeIsNotSignedIn() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Enrolled app = enrol(client);
        Visitor browser = new Visitor();
        browser.password(client);
        jdbc.update("update app_user set active = false where id = ?", client.getId());
        assertThat(location(browser.code(app.codeNow()))).isEqualTo("/login");
        assertThat(location(browser.get("/"))).isEqualTo("/login");
    }

    // ---------------------------------------------------------------- who must have one

    @Test
    void anHrAdministratorWithoutOneIsSentToSetItUpBeforeAnyOtherPage() throws Exception {
        User hr = fixtures.person(Role.HR_ADMIN);
        Visitor browser = new Visitor();
        assertThat(location(browser.password(hr))).isEqualTo("/");
        assertThat(signedInSessionsOf(hr)).isOne();
        for (String path : List.of("/", "/people", "/audit", "/account", "/engagements/new")) {
            assertThat(location(browser.get(path))).as(path).isEqualTo("/account/second-factor");
        }
        MvcResult page = browser.get("/account/second-factor");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(Page.of(page).has("#second-factor-required")).isTrue();
        assertThat(browser.get("/account/second-factor/qr.png").getResponse().getStatus())
                .isEqualTo(200);
        String key = Page.of(page).text("#totp-key").replace(" ", "");

        assertThat(browser.post("/account/second-factor", "code", code(key))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(browser.get("/people").getResponse().getStatus()).isEqualTo(200);

        // and it cannot be turned off
        MvcResult status = browser.get("/account/second-factor");
        assertThat(Page.of(status).has("#off-form")).isFalse();
        assertThat(Page.of(status).has("#second-factor-required")).isTrue();
        MvcResult off = browser.post("/account/second-factor/off", "proof", Fixtures.PASSWORD);
        assertThat(off.getFlashMap().get("error").toString()).contains("must keep a second factor");
        assertThat(secondFactors.isEnrolled(hr.getId())).isTrue();
    }

    @Test
    void aOneTimePasswordIsReplacedFirstThenTheSecondFactorIsSetUp() throws Exception {
        User hr = fixtures.person(Role.HR_ADMIN);
        jdbc.update("update app_user set must_change_password = true where id = ?", hr.getId());
        Visitor browser = new Visitor();
        browser.password(hr);
        assertThat(location(browser.get("/"))).isEqualTo("/account/password");
        assertThat(location(browser.get("/account/second-factor"))).isEqualTo("/account/password");
        browser.post(
                "/account/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "newPassword",
                "another-long-password-9",
                "confirmPassword",
                "another-long-password-9");
        assertThat(location(browser.get("/"))).isEqualTo("/account/second-factor");
    }

    @Test
    void othersAreNotAskedUnlessTheyChooseIt() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Visitor browser = new Visitor();
        browser.password(client);
        assertThat(browser.get("/").getResponse().getStatus()).isEqualTo(200);
        MvcResult page = browser.get("/account/second-factor");
        assertThat(Page.of(page).has("#second-factor-required")).isFalse();
        assertThat(Page.of(browser.get("/account")).one("#link-second-factor").attr("href"))
                .isEqualTo("/account/second-factor");
    }

    // ---------------------------------------------------------------- replacing and turning off

    @Test
    void replacingTheDeviceNeedsACurrentCodeOrThePasswordAndRetiresTheOldOne() throws Exception {
        User coach = fixtures.person(Role.COACH);
        Enrolled old = enrol(coach);
        Visitor browser = new Visitor();
        browser.password(coach);
        browser.code(old.codeNow());

        MvcResult refused = browser.post("/account/second-factor/replace", "proof", "not-my-password-at-all");
        assertThat(Page.of(refused).text("#replace-proof-error")).contains("neither a current code");
        assertThat(Page.of(refused).one("#replace-proof").attr("value")).isEmpty();
        assertThat(audit(coach.getEmail(), "SECOND_FACTOR_FAILED"))
                .singleElement()
                .asString()
                .contains("To change the second factor");

        assertThat(location(browser.post("/account/second-factor/replace", "proof", Fixtures.PASSWORD)))
                .isEqualTo("/account/second-factor");
        MvcResult enrolPage = browser.get("/account/second-factor");
        String key = Page.of(enrolPage).text("#totp-key").replace(" ", "");
        assertThat(key).isNotEqualTo(old.secret());
        MvcResult done = browser.post("/account/second-factor", "code", code(key));
        List<String> codes = Page.of(done).texts("#recovery-codes li");
        assertThat(codes).hasSize(10).doesNotContainAnyElementsOf(old.recoveryCodes());
        assertThat(audit(coach.getEmail(), "SECOND_FACTOR_REPLACED")).hasSize(1);

        // the old app and the old recovery codes no longer sign in; the new ones do
        Visitor next = new Visitor();
        next.password(coach);
        assertThat(next.code(old.codeAt(Instant.now().plusSeconds(30)))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(next.code(old.recoveryCodes().get(0)).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(location(next.code(codes.get(0)))).isEqualTo("/");
    }

    @Test
    void someoneWhoNeedNotHaveOneTurnsItOffWithACurrentCode() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        Enrolled app = enrol(client);
        Visitor browser = new Visitor();
        browser.password(client);
        browser.code(app.codeNow());

        assertThat(location(browser.post(
                        "/account/second-factor/off",
                        "proof",
                        app.codeAt(Instant.now().plusSeconds(30)))))
                .isEqualTo("/account");
        assertThat(secondFactors.isEnrolled(client.getId())).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from recovery_code where user_id = ?", Integer.class, client.getId()))
                .isZero();
        assertThat(audit(client.getEmail(), "SECOND_FACTOR_TURNED_OFF")).hasSize(1);
        assertThat(mailsTo(client.getEmail()))
                .last()
                .satisfies(mail -> assertThat(mail.get("text_body").toString()).contains("was turned off"));

        Visitor next = new Visitor();
        assertThat(location(next.password(client))).isEqualTo("/");
    }

    // ---------------------------------------------------------------- HR's reset

    @Test
    void hrResetsALostSecondFactorTheResetIsAuditedAndThePersonIsToldByMail() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        enrol(client);
        User hr = fixtures.person(Role.HR_ADMIN);
        enrol(hr);

        mvc.perform(get("/people/{id}/edit", client.getId()).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.text("#second-factor-state", containsString("10 recovery codes left")))
                .andExpect(Page.count("#reset-second-factor", is(1)));

        mvc.perform(post("/people/{id}/second-factor/reset", client.getId())
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/" + client.getId() + "/edit"))
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("message").toString())
                                .contains("second factor is reset"));
        assertThat(secondFactors.isEnrolled(client.getId())).isFalse();
        assertThat(audit(hr.getEmail(), "SECOND_FACTOR_RESET"))
                .singleElement()
                .asString()
                .contains(client.getEmail());
        assertThat(mailsTo(client.getEmail())).last().satisfies(mail -> {
            assertThat(mail.get("subject")).isEqualTo("Your Triad second factor changed");
            assertThat(mail.get("text_body").toString())
                    .contains("reset by an HR administrator")
                    .contains("/account/second-factor");
        });
        assertThat(events.stream(SecondFactorChanged.class))
                .contains(new SecondFactorChanged(client.getId(), client.getEmail()));

        // the password alone lets the person in now
        Visitor browser = new Visitor();
        assertThat(location(browser.password(client))).isEqualTo("/");
        mvc.perform(get("/people/{id}/edit", client.getId()).with(fixtures.as(hr)))
                .andExpect(Page.text("#second-factor-state", is("None set up.")));

        // nothing left to reset; and HR does not reset their own
        mvc.perform(post("/people/{id}/second-factor/reset", client.getId())
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(
                        result -> assertThat(result.getFlashMap().get("message").toString())
                                .contains("has no second factor"));
        mvc.perform(post("/people/{id}/second-factor/reset", hr.getId())
                        .with(fixtures.as(hr))
                        .with(csrf()))
                .andExpect(result ->
                        assertThat(result.getFlashMap().get("error").toString()).contains("cannot reset your own"));
        assertThat(secondFactors.isEnrolled(hr.getId())).isTrue();
    }

    @Test
    void onlyHrResetsASecondFactor() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        enrol(client);
        User coach = fixtures.person(Role.COACH);
        mvc.perform(post("/people/{id}/second-factor/reset", client.getId())
                        .with(fixtures.as(coach))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(secondFactors.isEnrolled(client.getId())).isTrue();
    }

    @Test
    void theQrCodeIsNeverCachedAndBelongsToTheSessionThatAskedForIt() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        mvc.perform(get("/account/second-factor/qr.png").with(fixtures.as(client)))
                .andExpect(status().isNotFound());
        Visitor browser = new Visitor();
        browser.password(client);
        browser.get("/account/second-factor");
        mvc.perform(get("/account/second-factor/qr.png").cookie(browser.cookie))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(content().contentType("image/png"));
    }
}
