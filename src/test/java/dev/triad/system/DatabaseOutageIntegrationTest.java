package dev.triad.system;

import dev.triad.TriadApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a bounded load of writes (4 HR users creating programmes) and comes back: while it is
 * away every request fails fast with the 503 page, never a 500 or a hang; afterwards Triad serves again without a
 * restart, the sessions still signed in; and every write that was answered as saved is in the database.
 * Runs its own PostgreSQL (embedded, with a kept data directory) so that it can stop and start it.
 */
class DatabaseOutageIntegrationTest {

    private static final Pattern COOKIE = Pattern.compile("TRIAD_SESSION=([^;]+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int USERS = 4;

    @TempDir
    Path dataDirectory;

    EmbeddedPostgres postgres;
    ConfigurableApplicationContext triad;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws Exception {
        if (triad != null) {
            triad.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void writesUnderLoadSurviveTheDatabaseGoingAwayAndComingBack() throws Exception {
        int dbPort = freePort();
        postgres = start(dbPort);
        triad = new SpringApplicationBuilder(TriadApplication.class).run(
                "--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.hikari.connection-timeout=2000",
                "--server.port=0", "--triad.scheduling.enabled=false", "--triad.demo.enabled=true",
                "--spring.main.banner-mode=off");
        int port = Integer.parseInt(triad.getEnvironment().getProperty("local.server.port"));
        String[] session = signIn(port, "hr@demo.triad", "triad-demo");

        Map<String, Integer> outcomes = new ConcurrentHashMap<>();
        List<Long> slowest = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(USERS);
        List<Future<?>> users = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            int user = u;
            users.add(load.submit(() -> {
                long slowestHere = 0;
                for (int i = 0; running.get(); i++) {
                    String name = "Outage programme " + user + "-" + i;
                    Instant begin = Instant.now();
                    int status = createProgramme(port, session, name);
                    slowestHere = Math.max(slowestHere, Duration.between(begin, Instant.now()).toMillis());
                    outcomes.put(name, status);
                    Thread.sleep(50);
                }
                synchronized (slowest) {
                    slowest.add(slowestHere);
                }
                return null;
            }));
        }

        Thread.sleep(2_000);
        postgres.close(); // the database goes away
        postgres = null;
        Thread.sleep(4_000);
        HttpResponse<String> duringOutage = get(port, "/", session[0]);
        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).contains("10");
        assertThat(duringOutage.body()).contains("Triad is briefly unavailable").contains("Nothing you saved");

        postgres = start(dbPort); // and comes back, with its data
        Instant deadline = Instant.now().plusSeconds(60);
        while (get(port, "/", session[0]).statusCode() != 200) {
            assertThat(Instant.now()).as("Triad serves again on its own").isBefore(deadline);
            Thread.sleep(250);
        }
        Thread.sleep(2_000);
        running.set(false);
        for (Future<?> user : users) {
            user.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();

        assertThat(outcomes.values()).as("only saved (302) or unavailable (503)").allMatch(s -> s == 302 || s == 503);
        assertThat(outcomes.values()).contains(302, 503);
        assertThat(slowest).as("failing fast, not hanging").allMatch(ms -> ms < 15_000);
        JdbcTemplate jdbc = triad.getBean(JdbcTemplate.class);
        List<String> stored = jdbc.queryForList("select name from programme where name like 'Outage programme %'", String.class);
        List<String> answeredSaved = outcomes.entrySet().stream().filter(e -> e.getValue() == 302).map(Map.Entry::getKey).toList();
        assertThat(stored).as("every write answered as saved is in the database").containsAll(answeredSaved);
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
    }

    private int createProgramme(int port, String[] session, String name) {
        String body = form("_csrf", session[1], "name", name, "timing", "PROACTIVE", "defaultCoachingType", "DEVELOPMENT",
                "defaultContractedHours", "10", "startsOn", "2027-01-04", "cancellationNoticeHours", "48",
                "consecutiveCancellationThreshold", "2");
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/programmes"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "TRIAD_SESSION=" + session[0])
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** The session cookie and a CSRF token of the signed-in session. */
    private String[] signIn(int port, String email, String password) throws Exception {
        HttpResponse<String> page = get(port, "/login", null);
        String anonymous = cookieOf(page);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "TRIAD_SESSION=" + anonymous)
                .POST(HttpRequest.BodyPublishers.ofString(form("email", email, "password", password, "_csrf", csrfOf(page)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        String cookie = cookieOf(login);
        HttpResponse<String> newProgramme = get(port, "/programmes/new", cookie);
        assertThat(newProgramme.statusCode()).isEqualTo(200);
        return new String[]{cookie, csrfOf(newProgramme)};
    }

    private HttpResponse<String> get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30)).GET();
        if (cookie != null) {
            request.header("Cookie", "TRIAD_SESSION=" + cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrfOf(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String cookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).reduce((first, last) -> last).orElseThrow(() -> new AssertionError("no session cookie"));
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
