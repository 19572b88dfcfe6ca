/**
 * What every page relies on: security configuration, the embedded PostgreSQL used when no database is configured,
 * HTTP sessions in PostgreSQL, the database-outage page, error pages, the clock and scheduling; and the small shared
 * kernel every module uses instead of its own copy: {@link dev.triad.system.RuleViolation} (a broken rule as a message
 * code and a domain field), {@link dev.triad.system.SingleLineText} and {@link dev.triad.system.MultiLineText} for form
 * fields, {@link dev.triad.system.Texts}, {@link dev.triad.system.Numbers}, {@link dev.triad.system.ChartJson}, and
 * {@link dev.triad.system.Dates} / {@link dev.triad.system.Days}, the one place that formats dates and times. The
 * {@code web} sub-package, a named interface, holds the one form-post flow ({@code FormPost}, {@code Violations}).
 */
package dev.triad.system;
