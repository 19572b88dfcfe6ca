package dev.triad.generator;

import dev.triad.TriadApplication;
import dev.triad.support.TestDatabase;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Import;

/**
 * Starts Triad with the generator, which then fills the configured database and exits ({@link GeneratorRunner}).
 * Test code, so that the generator stays out of the jar people run; the benchmark runs it through the Spring Boot
 * plugin on the test class path:
 * <pre>
 * ./mvnw -q spring-boot:test-run -Dspring-boot.run.main-class=dev.triad.generator.GenerateOrganisation \
 *     -Dspring-boot.run.arguments="--triad.generate=small --server.port=0"
 * </pre>
 * Not a {@code @Configuration}: the test contexts' component scan must not pick the generator up.
 */
@Import({OrganisationGenerator.class, GeneratorRunner.class})
public class GenerateOrganisation {

    public static void main(String[] args) {
        // the database is the one configured (SPRING_DATASOURCE_URL…), not a test database of the suite's
        System.setProperty(TestDatabase.ENABLED, "false");
        SpringApplication.run(new Class<?>[] {TriadApplication.class, GenerateOrganisation.class}, args);
    }
}
