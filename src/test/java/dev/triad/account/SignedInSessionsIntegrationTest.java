package dev.triad.account;

import dev.triad.audit.AuditKind;
import dev.triad.support.Fixtures;
import dev.triad.support.Page;
import dev.triad.support.TestMailServer;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each person's signed-in sessions, over real HTTP against Triad and its sessions in PostgreSQL: what a session notes
 * when a person signs in, the list of one's own sessions, ending another one or all others, the refusals (another
 * person's session, a made-up one), and the credential changes that end sessions — in the person's own session (that
 * one stays, under a new id), through an emailed link and by someone else (all end). Same context as the browser
 * tests and {@code HttpSessionsIntegrationTest}, so it costs no extra start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ContextConfiguration(initializers = TestMailServer.class)
@RecordApplicationEvents
class SignedInSessionsIntegrationTest {

    static final String FIREFOX_ON_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String SAFARI_ON_IOS = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    static final String CHROME_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/131.0.0.0 Safari/537.36";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountLinks links;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    ApplicationEvents events;

    @BeforeEach
    @AfterEach
    void noRequestOrSignInLeftOnTheTestThread() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
        events.clear();
    }

    @Test
    void signingInNotesTheDeviceAddressAndTimeOnTheSessionAndThePersonsLastSignIn() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        assertThat(lastSignIn(person)).isEmpty();
        Instant before = Instant.now().minusSeconds(1);

        Browser firefox = signIn(person, FIREFOX_ON_WINDOWS);

        Instant last = lastSignIn(person).orElseThrow();
        assertThat(last).isBetween(before, Instant.now().plusSeconds(1));
        HttpResponse<String> list = firefox.get("/account/sessions");
        assertThat(list.statusCode()).isEqualTo(200);
        Element row = Page.of(list.body()).one("tr[data-test=session]");
        assertThat(row.attr("data-current")).isEqualTo("true");
        assertThat(row.select(".session-device").text()).isEqualTo("Firefox on Windows");
        assertThat(row.select("[data-test=this-session]").text()).isEqualTo("This session");
        assertThat(row.select(".session-address").text()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(row.select(".session-signed-in").text()).isNotBlank().isNotEqualTo("—");
        assertThat(row.select("form"))
                .as("no End button on the current session")
                .isEmpty();
        // neither the cookie nor the session id it carries is ever on the page: they would be enough to take it over
        assertThat(list.body()).doesNotContain(firefox.cookie).doesNotContain(firefox.sessionId());

        // the next requests of the same session note nothing again
        jdbc.update("update app_user set last_signed_in_at = null where id = ?", person.getId());
        assertThat(firefox.get("/").statusCode()).isEqualTo(200);
        assertThat(lastSignIn(person)).isEmpty();
    }

    @Test
    void hrSeesEachPersonsLastSignInOnThePeopleListAndThePersonsPage() throws Exception {
        User person = fixtures.person(Role.COACH);
        User never = fixtures.person(Role.CLIENT);
        signIn(person, CHROME_ON_LINUX);
        Browser hr = signIn(fixtures.hr(), CHROME_ON_LINUX);

        Page list = Page.of(hr.get("/people?q=" + person.getEmail()).body());
        assertThat(list.one(".person-last-sign-in").text()).isNotBlank().isNotEqualTo("Never");
        assertThat(Page.of(hr.get("/people?q=" + never.getEmail()).body())
                        .one(".person-last-sign-in")
                        .text())
                .isEqualTo("Never");
        assertThat(Page.of(hr.get("/people/" + person.getId() + "/edit").body())
                        .one("#last-sign-in")
                        .text())
                .startsWith("Last signed in:")
                .doesNotContain("never");
    }

    @Test
    void aPersonSeesEachOfTheirSessionsAndEndsAnotherWhoseNextRequestGoesToTheSignInPage() throws Exception {
        User person = fixtures.person(Role.LEADER);
        Browser laptop = signIn(person, FIREFOX_ON_WINDOWS);
        Browser phone = signIn(person, SAFARI_ON_IOS);

        Page list = Page.of(laptop.get("/account/sessions").body());
        assertThat(list.all("tr[data-test=session]")).hasSize(2);
        Element current = list.one("tr[data-current=true]");
        assertThat(current.select(".session-device").text()).isEqualTo("Firefox on Windows");
        Element other = list.one("tr[data-current=false]");
        assertThat(other.select(".session-device").text()).isEqualTo("Safari on iOS");
        String end = other.select("form").attr("action");
        assertThat(end).isEqualTo("/account/sessions/" + SignedInSessions.handleOf(phone.sessionId()) + "/end");
        assertThat(list.document().html()).doesNotContain(phone.sessionId()).doesNotContain(phone.cookie);

        HttpResponse<String> ended = laptop.post(end);
        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/account/sessions");

        assertThat(phone.get("/").statusCode()).isEqualTo(302);
        assertThat(phone.get("/").headers().firstValue("Location").orElseThrow())
                .endsWith("/login");
        assertThat(laptop.get("/").statusCode()).isEqualTo(200);
        assertThat(Page.of(laptop.get("/account/sessions").body()).all("tr[data-test=session]"))
                .hasSize(1);
        assertThat(audited(person))
                .anySatisfy(details ->
                        assertThat(details).isEqualTo("1 other session ended by the person (Safari on iOS)"));
    }

    @Test
    void anotherPersonsSessionAMadeUpOneAndTheCurrentOneAnswerNotFoundAndEndNothing() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        User someoneElse = fixtures.person(Role.CLIENT);
        Browser mine = signIn(person, FIREFOX_ON_WINDOWS);
        Browser theirs = signIn(someoneElse, SAFARI_ON_IOS);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);

        for (String handle : List.of(
                SignedInSessions.handleOf(theirs.sessionId()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(random),
                SignedInSessions.handleOf(mine.sessionId()),
                "not-a-handle",
                theirs.sessionId())) {
            assertThat(mine.post("/account/sessions/" + handle + "/end").statusCode())
                    .as(handle)
                    .isEqualTo(404);
        }

        assertThat(theirs.get("/").statusCode()).isEqualTo(200);
        assertThat(mine.get("/").statusCode()).isEqualTo(200);
        assertThat(audited(person)).isEmpty();
        assertThat(audited(someoneElse)).isEmpty();
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where kind = ? and actor_email = ?",
                        String.class,
                        AuditKind.SESSION_END_REFUSED.name(),
                        person.getEmail()))
                .hasSize(5)
                .allSatisfy(details -> assertThat(details).doesNotContain(theirs.sessionId()));
    }

    @Test
    void endingAllOtherSessionsKeepsOnlyThisOne() throws Exception {
        User person = fixtures.person(Role.COACH);
        Browser kept = signIn(person, FIREFOX_ON_WINDOWS);
        Browser phone = signIn(person, SAFARI_ON_IOS);
        Browser desktop = signIn(person, CHROME_ON_LINUX);
        assertThat(Page.of(kept.get("/account/sessions").body()).all("#end-others"))
                .hasSize(1);

        HttpResponse<String> ended = kept.post("/account/sessions/end-others");

        assertThat(ended.statusCode()).isEqualTo(302);
        assertThat(phone.isSignedOut()).isTrue();
        assertThat(desktop.isSignedOut()).isTrue();
        assertThat(kept.get("/").statusCode()).isEqualTo(200);
        Page alone = Page.of(kept.get("/account/sessions").body());
        assertThat(alone.all("tr[data-test=session]")).hasSize(1);
        assertThat(alone.all("#end-others")).as("nothing else to end").isEmpty();
        assertThat(audited(person)).containsExactly("2 other session(s) ended by the person");
    }

    @Test
    void changingThePasswordInASessionEndsTheOthersAndKeepsThatOneUnderANewId() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        Browser changing = signIn(person, FIREFOX_ON_WINDOWS);
        Browser other = signIn(person, SAFARI_ON_IOS);
        String oldCookie = changing.cookie;
        changing.get("/account/password");

        HttpResponse<String> changed = changing.post(
                "/account/password",
                "currentPassword",
                Fixtures.PASSWORD,
                "newPassword",
                "a-brand-new-long-password",
                "confirmPassword",
                "a-brand-new-long-password");

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(changing.cookie).as("the kept session's id is rotated").isNotEqualTo(oldCookie);
        assertThat(changing.get("/").statusCode()).isEqualTo(200);
        assertThat(new Browser(CHROME_ON_LINUX, oldCookie).isSignedOut())
                .as("the old id")
                .isTrue();
        assertThat(other.isSignedOut()).isTrue();
        assertThat(Page.of(changing.get("/account/sessions").body()).all("tr[data-test=session]"))
                .hasSize(1);
        assertThat(audited(person))
                .containsExactly("1 session(s) ended after a password change; the one that made it kept");
    }

    @Test
    void aPasswordSetThroughAnEmailedLinkEndsEverySession() throws Exception {
        User person = fixtures.person(Role.LEADER);
        Browser laptop = signIn(person, FIREFOX_ON_WINDOWS);
        Browser phone = signIn(person, SAFARI_ON_IOS);
        links.requestPasswordReset(person.getEmail());
        String path = events.stream(PasswordResetRequested.class)
                .reduce((first, last) -> last)
                .orElseThrow()
                .path();

        Browser anonymous = new Browser(CHROME_ON_LINUX, null);
        assertThat(anonymous.get(path).statusCode()).isEqualTo(200);
        HttpResponse<String> set = anonymous.post(
                path, "newPassword", "a-brand-new-long-password", "confirmPassword", "a-brand-new-long-password");

        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(laptop.isSignedOut()).isTrue();
        assertThat(phone.isSignedOut()).isTrue();
        assertThat(openSessions(person)).isZero();
        assertThat(audited(person)).containsExactly("2 session(s) ended after a password change");
    }

    @Test
    void aSecondFactorChangedBySomeoneElseEndsEverySession() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        User hr = fixtures.hr();
        Browser laptop = signIn(person, FIREFOX_ON_WINDOWS);
        Browser phone = signIn(person, SAFARI_ON_IOS);

        // HR resets the person's second factor, in HR's own signed-in request
        Browser hrBrowser = signIn(hr, CHROME_ON_LINUX);
        inRequestOf(fixtures.principal(hr), hrBrowser.sessionId());
        publisher.publishEvent(new SecondFactorChanged(person.getId(), person.getEmail()));

        assertThat(laptop.isSignedOut()).isTrue();
        assertThat(phone.isSignedOut()).isTrue();
        assertThat(hrBrowser.get("/").statusCode()).isEqualTo(200);
        assertThat(audited(person)).containsExactly("2 session(s) ended after a change of the second factor");
    }

    @Test
    void aSecondFactorChangedInThePersonsOwnSessionKeepsThatOneAndEndsTheOthers() throws Exception {
        User person = fixtures.person(Role.COACH);
        Browser enrolling = signIn(person, FIREFOX_ON_WINDOWS);
        Browser phone = signIn(person, SAFARI_ON_IOS);

        inRequestOf(fixtures.principal(person), enrolling.sessionId());
        publisher.publishEvent(new SecondFactorChanged(person.getId(), person.getEmail()));

        assertThat(phone.isSignedOut()).isTrue();
        assertThat(enrolling.get("/").statusCode()).isEqualTo(200);
        assertThat(audited(person))
                .containsExactly("1 session(s) ended after a change of the second factor; the one that made it kept");
    }

    /**
     * The test thread as if it served a request of {@code who}'s session {@code sessionId} (the id only: ending the
     * others reads the id, and the id rotation happens to this stand-in, not to the stored session).
     */
    private static void inRequestOf(CurrentUser who, String sessionId) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, sessionId));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
    }

    private Optional<Instant> lastSignIn(User person) {
        return Optional.ofNullable(jdbc.queryForObject(
                        "select last_signed_in_at from app_user where id = ?", Timestamp.class, person.getId()))
                .map(Timestamp::toInstant);
    }

    private long openSessions(User person) {
        return jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?", Long.class, person.getEmail());
    }

    private List<String> audited(User person) {
        return jdbc.queryForList(
                "select details from audit_entry where kind = ? and subject = ? order by id",
                String.class,
                AuditKind.SESSIONS_ENDED.name(),
                "person " + person.getId());
    }

    private Browser signIn(User person, String userAgent) throws Exception {
        Browser browser = new Browser(userAgent, null);
        browser.get("/login");
        HttpResponse<String> login = browser.post("/login", "email", person.getEmail(), "password", Fixtures.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // the first request after signing in is the one the session notes
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        return browser;
    }

    /** One browser: its User-Agent, its session cookie and the CSRF token of the last page it was sent. */
    final class Browser {

        private static final Pattern COOKIE = Pattern.compile("TRIAD_SESSION=([^;]*)");
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final String userAgent;
        String cookie;
        private String csrf;

        Browser(String userAgent, String cookie) {
            this.userAgent = userAgent;
            this.cookie = cookie;
        }

        /** The session id the cookie carries (Base64, as Spring Session writes it). */
        String sessionId() {
            return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET());
        }

        /** Posts a form ({@code name, value …}) with the CSRF token of the last page. */
        HttpResponse<String> post(String path, String... pairs) throws Exception {
            if (csrf == null) {
                get("/account");
            }
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            for (int i = 0; i < pairs.length; i += 2) {
                body.append('&')
                        .append(pairs[i])
                        .append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            return send(request(path)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        /** Whether this browser's next request is sent to the sign-in page. */
        boolean isSignedOut() throws Exception {
            HttpResponse<String> home = get("/");
            return home.statusCode() == 302
                    && home.headers().firstValue("Location").orElseThrow().endsWith("/login");
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("User-Agent", userAgent);
            if (cookie != null) {
                request.header("Cookie", "TRIAD_SESSION=" + cookie);
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream()
                    .map(COOKIE::matcher)
                    .filter(Matcher::find)
                    .map(m -> m.group(1))
                    .reduce((first, last) -> last)
                    .ifPresent(value -> cookie = value);
            Matcher token = CSRF.matcher(response.body());
            if (token.find()) {
                csrf = token.group(1);
            }
            return response;
        }
    }
}
