package dev.triad.system;

import com.zaxxer.hikari.HikariDataSource;
import dev.triad.TriadApplication;
import dev.triad.account.Accounts;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP sessions live in PostgreSQL: a person signed in on one instance is signed in on another (two instances behind
 * a round-robin proxy), and on an instance started afterwards (a restart); deactivating them ends the session
 * everywhere. The cookie is HttpOnly and SameSite, and the stored session holds no password hash.
 * Same context as the browser tests, so it costs no extra start.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
@ContextConfiguration(initializers = TestMailServer.class)
class HttpSessionsIntegrationTest {

    private static final Pattern COOKIE = Pattern.compile("TRIAD_SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSignedInPersonStaysSignedInAcrossInstancesAndRestartsUntilDeactivated() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        String cookie = signIn(port, person.getEmail(), Fixtures.PASSWORD);

        try (ConfigurableApplicationContext second = anotherInstance()) {
            HttpResponse<String> home = get(portOf(second), "/", cookie);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(person.getFullName());
        }
        // "restart": an instance started after the first one stopped knows the session too
        try (ConfigurableApplicationContext restarted = anotherInstance()) {
            assertThat(get(portOf(restarted), "/", cookie).statusCode()).isEqualTo(200);

            accounts.deactivate(person.getId());
            HttpResponse<String> after = get(portOf(restarted), "/", cookie);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                person.getEmail())).isZero();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheStoredSessionHoldsNoPasswordHash() throws Exception {
        User person = fixtures.person(Role.COACH);
        HttpResponse<String> login = get(port, "/login", null);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("TRIAD_SESSION=").contains("HttpOnly").contains("SameSite=Lax");

        signIn(port, person.getEmail(), Fixtures.PASSWORD);
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.getId());
        byte[] stored = jdbc.queryForObject("""
                select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""", byte[].class, person.getEmail());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).contains(person.getEmail()).doesNotContain(hash);
    }

    private String signIn(int port, String email, String password) throws Exception {
        HttpResponse<String> form = get(port, "/login", null);
        String anonymous = cookieOf(form);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).isTrue();
        String body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "TRIAD_SESSION=" + anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return cookieOf(login);
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (cookie != null) {
            request.header("Cookie", "TRIAD_SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(COOKIE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private ConfigurableApplicationContext anotherInstance() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(TriadApplication.class).run(
                "--spring.datasource.url=" + hikari.getJdbcUrl(),
                "--spring.datasource.username=" + hikari.getUsername(),
                "--spring.datasource.password=" + hikari.getPassword(),
                "--server.port=0",
                "--triad.scheduling.enabled=false",
                "--triad.demo.enabled=false",
                "--spring.main.banner-mode=off");
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }
}
