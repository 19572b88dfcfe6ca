/**
 * Data rights (issue 8): a client downloads all their own data as a ZIP of JSON files and report files; HR erases a
 * closed engagement's personal content once the retention period ({@code triad.retention.period}, three years by
 * default) has passed since it closed, keeping the anonymous aggregates. Both are audited. This module knows neither
 * the content nor its tables: every module holding personal content implements
 * {@link dev.triad.engagement.PersonalData}, and this module calls them all.
 */
package dev.triad.privacy;
