package dev.triad.scim;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.PlainHttp;
import dev.triad.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An identity provider's provisioning cycle against a real server: the README's script {@code docs/scim-cycle.sh}
 * (curl) from create to DELETE, and a person who is signed in when the provider deactivates them: their session ends
 * within that request and they cannot sign in until the provider reactivates them. Same context as the other
 * real-server tests, so it costs no extra start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ContextConfiguration(initializers = TestMailServer.class)
class ScimProvisioningCycleIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("TRIAD_SESSION=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ScimTokenService tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dev.triad.account.People people;

    final PlainHttp browser = new PlainHttp();
    final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    String token() {
        return tokens.issue("Cycle " + UUID.randomUUID().toString().substring(0, 8), "hr@test.triad")
                .secret();
    }

    @Test
    void theReadmesScriptPlaysAWholeProvisioningCycle() throws Exception {
        String email = "cycle-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Process script = new ProcessBuilder(
                        "bash", Path.of("docs/scim-cycle.sh").toString(), "http://localhost:" + port, token(), email)
                .redirectErrorStream(true)
                .start();
        assertThat(script.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(script.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script.exitValue()).as(output).isZero();
        assertThat(output).contains("POST   /Users").contains("DELETE").contains(": done");

        User person = people.findByEmail(email).orElseThrow();
        assertThat(person.getFullName()).isEqualTo("Casey Rivera-Lopez");
        assertThat(person.getTitle()).isEqualTo("Senior Analyst");
        assertThat(person.zoneOr(null)).hasToString("Europe/Madrid");
        assertThat(person.getExternalId()).isEqualTo("cycle-" + email);
        assertThat(person.isActive()).isFalse();
        assertThat(people.findWithRoles(person.getId()).orElseThrow().getRoles())
                .containsExactly(Role.CLIENT);
    }

    @Test
    void deactivationByTheProviderEndsTheSessionAtOnceAndReactivationLetsThePersonBackIn() throws Exception {
        String token = token();
        User person = fixtures.person(Role.CLIENT);
        String cookie =
                browser.signIn(port, person.getEmail(), Fixtures.PASSWORD, "/").cookie();
        assertThat(browser.get(port, "/", cookie).statusCode()).isEqualTo(200);

        // the provider finds the person HR created by their userName and takes them over with its own id
        HttpResponse<String> found = scim(
                token,
                "GET",
                "/Users?filter="
                        + URLEncoder.encode(
                                "userName eq \"" + person.getEmail().toUpperCase() + "\"", StandardCharsets.UTF_8),
                null);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"totalResults\":1").contains("\"id\":\"" + person.getId() + "\"");
        String path = "/Users/" + person.getId();
        assertThat(scim(token, "PATCH", path, patch("{\"op\":\"add\",\"path\":\"externalId\",\"value\":\"idp-42\"}"))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> off =
                scim(token, "PATCH", path, patch("{\"op\":\"replace\",\"value\":{\"active\":false}}"));
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.body()).contains("\"active\":false");
        // within that one request: no session left, the old cookie goes to the sign-in page, signing in fails
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Long.class, person.getEmail()))
                .isZero();
        HttpResponse<String> after = browser.get(port, "/", cookie);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(signIn(person.getEmail())).contains("error");

        assertThat(scim(token, "PATCH", path, patch("{\"op\":\"replace\",\"path\":\"active\",\"value\":true}"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(signIn(person.getEmail())).doesNotContain("error");
        assertThat(jdbc.queryForList(
                        "select kind from audit_entry where subject = ? and actor_email like 'SCIM token Cycle %'"
                                + " order by id",
                        String.class, "person " + person.getId()))
                .containsSubsequence("PERSON_DEACTIVATED", "SCIM_PROVISIONED", "PERSON_REACTIVATED");
    }

    private static String patch(String operation) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operation + "]}";
    }

    private HttpResponse<String> scim(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/scim/v2" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/scim+json");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/scim+json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where the sign-in form sends the person: home, or back to the form with an error. */
    private String signIn(String email) throws Exception {
        HttpResponse<String> page = browser.get(port, "/login", null);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        Matcher cookie = COOKIE.matcher(String.join(";", page.headers().allValues("Set-Cookie")));
        assertThat(cookie.find()).isTrue();
        String form = Map.of("email", email, "password", Fixtures.PASSWORD, "_csrf", csrf.group(1)).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b)
                .orElseThrow();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "TRIAD_SESSION=" + cookie.group(1))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        return login.headers().firstValue("Location").orElseThrow();
    }
}
