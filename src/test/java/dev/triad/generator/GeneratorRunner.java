package dev.triad.generator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code --triad.generate=tiny|small|medium|large}: after Flyway has migrated the database, generates the organisation,
 * writes the benchmark's feeder files, prints the time it took and exits (before any demo data is loaded). Registered
 * by {@link GenerateOrganisation} only.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeneratorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratorRunner.class);

    private final OrganisationGenerator generator;
    private final ConfigurableApplicationContext context;
    private final String size;
    private final String domain;
    private final long seed;
    private final Path feeders;

    GeneratorRunner(
            OrganisationGenerator generator,
            ConfigurableApplicationContext context,
            @Value("${triad.generate}") String size,
            @Value("${triad.generate.domain:" + OrganisationGenerator.DOMAIN + "}") String domain,
            @Value("${triad.generate.seed:42}") long seed,
            @Value("${triad.generate.feeders:./data/benchmark}") String feeders) {
        this.generator = generator;
        this.context = context;
        this.size = size;
        this.domain = domain;
        this.seed = seed;
        this.feeders = Path.of(feeders);
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        int exit = 0;
        try {
            OrganisationGenerator.Result result =
                    generator.generate(GeneratorSize.named(size), domain, seed, log::info);
            writeFeeders(result.feeders());
            List<String> lines = new ArrayList<>();
            result.rows().forEach((table, rows) -> lines.add(String.format(Locale.ROOT, "  %-28s %,12d", table, rows)));
            log.info("Rows per table:\n{}", String.join("\n", lines));
            log.info(String.format(
                    Locale.ROOT,
                    "Generated the '%s' organisation in %.1f s; benchmark feeders in %s",
                    size,
                    result.took().toMillis() / 1000.0,
                    feeders.toAbsolutePath().normalize()));
        } catch (RuntimeException e) {
            log.error("Generation failed: {}", e.getMessage(), e);
            exit = 1;
        }
        int code = exit;
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private void writeFeeders(OrganisationGenerator.Feeders f) throws IOException {
        Files.createDirectories(feeders);
        write("clients.csv", OrganisationGenerator.Feeders.CLIENT_HEADER, f.clients());
        write("coaches.csv", OrganisationGenerator.Feeders.COACH_HEADER, f.coaches());
        write("leaders.csv", OrganisationGenerator.Feeders.LEADER_HEADER, f.leaders());
        write("hr.csv", OrganisationGenerator.Feeders.HR_HEADER, f.hr());
    }

    private void write(String name, String header, List<String> rows) throws IOException {
        List<String> lines = new ArrayList<>(rows.size() + 1);
        lines.add(header);
        lines.addAll(rows);
        Files.write(feeders.resolve(name), lines);
    }
}
