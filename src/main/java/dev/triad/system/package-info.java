/**
 * What every page relies on: security configuration, the embedded PostgreSQL used when no
 * database is configured, error pages and the clock.
 */
package dev.triad.system;
