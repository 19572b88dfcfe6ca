package dev.triad.system;

import dev.triad.TriadApplication;
import dev.triad.support.PlainHttp;
import dev.triad.support.PlainHttp.SignedIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away under a bounded load of writes (4 HR users creating programmes) and comes back: while it is
 * away every request fails fast with the 503 page, never a 500 or a hang; afterwards Triad serves again without a
 * restart, the sessions still signed in; and every write that was answered as saved is in the database.
 * Runs its own PostgreSQL (embedded, with a kept data directory) so that it can stop and start it.
 */
class DatabaseOutageIntegrationTest {

    private static final int USERS = 4;

    @TempDir
    Path dataDirectory;

    EmbeddedPostgres postgres;
    ConfigurableApplicationContext triad;
    final PlainHttp http = new PlainHttp();

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
        triad = new SpringApplicationBuilder(TriadApplication.class)
                .run(
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + dbPort + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--server.port=0",
                        "--triad.scheduling.enabled=false",
                        "--triad.demo.enabled=true",
                        "--spring.main.banner-mode=off");
        int port = Integer.parseInt(triad.getEnvironment().getProperty("local.server.port"));
        SignedIn session = http.signIn(port, "hr@demo.triad", "triad-demo", "/programmes/new");

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
                    slowestHere = Math.max(
                            slowestHere, Duration.between(begin, Instant.now()).toMillis());
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
        HttpResponse<String> duringOutage = http.get(port, "/", session.cookie());
        assertThat(duringOutage.statusCode()).isEqualTo(503);
        assertThat(duringOutage.headers().firstValue("Retry-After")).contains("10");
        assertThat(duringOutage.body()).contains("Triad is briefly unavailable").contains("Nothing you saved");

        postgres = start(dbPort); // and comes back, with its data
        Instant deadline = Instant.now().plusSeconds(60);
        while (http.get(port, "/", session.cookie()).statusCode() != 200) {
            assertThat(Instant.now()).as("Triad serves again on its own").isBefore(deadline);
            Thread.sleep(250);
        }
        Thread.sleep(2_000);
        running.set(false);
        for (Future<?> user : users) {
            user.get(60, TimeUnit.SECONDS);
        }
        load.shutdown();

        assertThat(outcomes.values())
                .as("only saved (302) or unavailable (503)")
                .allMatch(s -> s == 302 || s == 503);
        assertThat(outcomes.values()).contains(302, 503);
        assertThat(slowest).as("failing fast, not hanging").allMatch(ms -> ms < 15_000);
        JdbcTemplate jdbc = triad.getBean(JdbcTemplate.class);
        List<String> stored =
                jdbc.queryForList("select name from programme where name like 'Outage programme %'", String.class);
        List<String> answeredSaved = outcomes.entrySet().stream()
                .filter(e -> e.getValue() == 302)
                .map(Map.Entry::getKey)
                .toList();
        assertThat(stored)
                .as("every write answered as saved is in the database")
                .containsAll(answeredSaved);
    }

    private EmbeddedPostgres start(int port) throws Exception {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
    }

    private int createProgramme(int port, SignedIn session, String name) {
        try {
            return http.post(
                    port,
                    "/programmes",
                    session.cookie(),
                    "_csrf",
                    session.csrf(),
                    "name",
                    name,
                    "timing",
                    "PROACTIVE",
                    "defaultCoachingType",
                    "DEVELOPMENT",
                    "defaultContractedHours",
                    "10",
                    "startsOn",
                    "2027-01-04",
                    "cancellationNoticeHours",
                    "48",
                    "consecutiveCancellationThreshold",
                    "2");
        } catch (Exception e) {
            return -1;
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
