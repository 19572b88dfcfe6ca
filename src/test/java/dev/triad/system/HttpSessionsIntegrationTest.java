package dev.triad.system;

import com.zaxxer.hikari.HikariDataSource;
import dev.triad.TriadApplication;
import dev.triad.account.Accounts;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.PlainHttp;
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

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;

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

    final PlainHttp http = new PlainHttp();

    @Test
    void aSignedInPersonStaysSignedInAcrossInstancesAndRestartsUntilDeactivated() throws Exception {
        User person = fixtures.person(Role.CLIENT);
        String cookie =
                http.signIn(port, person.getEmail(), Fixtures.PASSWORD, "/").cookie();

        try (ConfigurableApplicationContext second = anotherInstance()) {
            HttpResponse<String> home = http.get(portOf(second), "/", cookie);
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains(person.getFullName());
        }
        // "restart": an instance started after the first one stopped knows the session too
        try (ConfigurableApplicationContext restarted = anotherInstance()) {
            assertThat(http.get(portOf(restarted), "/", cookie).statusCode()).isEqualTo(200);

            accounts.deactivate(person.getId());
            HttpResponse<String> after = http.get(portOf(restarted), "/", cookie);
            assertThat(after.statusCode()).isEqualTo(302);
            assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Long.class, person.getEmail()))
                .isZero();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteAndTheStoredSessionHoldsNoPasswordHash() throws Exception {
        User person = fixtures.person(Role.COACH);
        HttpResponse<String> login = http.get(port, "/login", null);
        String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("TRIAD_SESSION=").contains("HttpOnly").contains("SameSite=Lax");

        http.signIn(port, person.getEmail(), Fixtures.PASSWORD, "/");
        String hash =
                jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, person.getId());
        byte[] stored = jdbc.queryForObject("""
                select a.attribute_bytes from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
                where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""", byte[].class, person.getEmail());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .contains(person.getEmail())
                .doesNotContain(hash);
    }

    private ConfigurableApplicationContext anotherInstance() {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(TriadApplication.class)
                .run(
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
