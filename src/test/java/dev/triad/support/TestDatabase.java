package dev.triad.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Points every test context at a real PostgreSQL, chosen once per JVM:
 * <ol>
 *   <li>the server named by {@code TRIAD_TEST_DB_URL} (with {@code TRIAD_TEST_DB_USERNAME} /
 *       {@code TRIAD_TEST_DB_PASSWORD}): a fresh database is created for this run and dropped at exit;</li>
 *   <li>otherwise a Testcontainers PostgreSQL when a Docker engine answers;</li>
 *   <li>otherwise an embedded PostgreSQL (zonky) started for this run.</li>
 * </ol>
 * {@code TRIAD_TEST_DB=server|docker|embedded} forces the choice. There is no H2 fallback.
 * Demo data and scheduled jobs are switched off for tests unless a test asks for them.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    /** Set to {@code false} to keep the configured database (the data generator's own run). */
    public static final String ENABLED = "triad.test-database.enabled";

    private static Server server;

    /** A database server reachable from this JVM, and the database the suite uses on it. */
    public record Server(String kind, String url, String username, String password, AdminConnection admin) {}

    /** Opens a connection with the rights to create databases on the server. */
    @FunctionalInterface
    public interface AdminConnection {
        Connection open() throws SQLException;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("false".equals(environment.getProperty(ENABLED))) {
            return;
        }
        Server db = server();
        PropertySource<?> source = new MapPropertySource(
                "triadTestDatabase",
                Map.of(
                        "spring.datasource.url", db.url(),
                        "spring.datasource.username", db.username(),
                        "spring.datasource.password", db.password(),
                        "triad.embedded-postgres.enabled", "false",
                        "triad.demo.enabled", "false",
                        // Several application contexts stay cached during a run: small pools that hold one idle
                        // connection
                        // each keep the suite well under the server's connection limit.
                        "spring.datasource.hikari.minimum-idle", "1",
                        "spring.datasource.hikari.maximum-pool-size", "5",
                        // No background jobs: tests run the outbox sender and other jobs themselves, when they mean to.
                        "triad.scheduling.enabled", "false",
                        // Statement counts for the query-bound tests; the per-session log lines are noise.
                        "spring.jpa.properties.hibernate.generate_statistics", "true",
                        "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener", "warn"));
        // Above application.properties, below anything a test sets itself.
        String applicationProperties = environment.getPropertySources().stream()
                .map(PropertySource::getName)
                .filter(name -> name.startsWith("Config resource"))
                .findFirst()
                .orElse(null);
        if (applicationProperties != null) {
            environment.getPropertySources().addBefore(applicationProperties, source);
        } else {
            environment.getPropertySources().addLast(source);
        }
    }

    public static synchronized Server server() {
        if (server == null) {
            server = start();
            System.out.println("[triad tests] PostgreSQL: " + server.kind() + " " + server.url());
        }
        return server;
    }

    /** Creates another empty database on the same server, dropped at exit; returns its JDBC URL. */
    public static String createFreshDatabase() {
        Server db = server();
        String name =
                "triad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(db.admin(), "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(db.admin(), name)));
        return withDatabase(db.url(), name);
    }

    private static Server start() {
        String forced = System.getenv().getOrDefault("TRIAD_TEST_DB", "").toLowerCase(Locale.ROOT);
        String serverUrl = System.getenv("TRIAD_TEST_DB_URL");
        if (forced.equals("server") || (forced.isEmpty() && serverUrl != null && !serverUrl.isBlank())) {
            return onServer(
                    serverUrl,
                    System.getenv().getOrDefault("TRIAD_TEST_DB_USERNAME", "postgres"),
                    System.getenv().getOrDefault("TRIAD_TEST_DB_PASSWORD", ""));
        }
        if (forced.equals("docker") || (forced.isEmpty() && dockerAvailable())) {
            return inContainer();
        }
        return embedded();
    }

    private static Server onServer(String adminUrl, String username, String password) {
        if (adminUrl == null || adminUrl.isBlank()) {
            throw new IllegalStateException("TRIAD_TEST_DB=server needs TRIAD_TEST_DB_URL");
        }
        AdminConnection admin = () -> DriverManager.getConnection(adminUrl, username, password);
        String name =
                "triad_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> dropQuietly(admin, name)));
        return new Server("server", withDatabase(adminUrl, name), username, password, admin);
    }

    private static Server inContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
        AdminConnection admin = () ->
                DriverManager.getConnection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        return new Server(
                "testcontainers", container.getJdbcUrl(), container.getUsername(), container.getPassword(), admin);
    }

    private static Server embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (Exception ignored) {
                    // the JVM is going away
                }
            }));
            String url = postgres.getJdbcUrl("postgres", "postgres");
            return new Server("embedded", url, "postgres", "", () -> DriverManager.getConnection(url, "postgres", ""));
        } catch (Exception e) {
            throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query >= 0 ? url.substring(query) : "");
    }

    private static void execute(AdminConnection admin, String sql) {
        try (Connection connection = admin.open();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database set-up failed: " + sql, e);
        }
    }

    private static void dropQuietly(AdminConnection admin, String name) {
        try (Connection connection = admin.open();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException ignored) {
            // best effort at JVM exit
        }
    }
}
