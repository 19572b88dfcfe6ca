/**
 * Generated data at scale: fills a database with a realistic organisation of a chosen size (coaches, leaders,
 * clients, programmes and engagements in every phase with their goals, action steps, sessions, assessments,
 * alignment meetings, reports, check-ins and surveys) through PostgreSQL COPY, for load tests and query plans.
 *
 * <p>Test code: it is not in the jar people run. {@link dev.triad.generator.GenerateOrganisation} starts the
 * application with it on the test class path, in one command (docs/performance.md):
 * {@code ./mvnw -q spring-boot:test-run -Dspring-boot.run.main-class=dev.triad.generator.GenerateOrganisation
 * -Dspring-boot.run.arguments="--triad.generate=small"}.
 */
package dev.triad.generator;
