/**
 * Generated data at scale: fills a database with a realistic organisation of a chosen size (coaches, leaders,
 * clients, programmes and engagements in every phase with their goals, action steps, sessions, assessments,
 * alignment meetings, reports, check-ins and surveys) through PostgreSQL COPY, for load tests and query plans.
 * Run it with {@code --triad.generate=small|medium|large}; see docs/performance.md.
 */
package dev.triad.generator;
