/**
 * Programmes and their impact, for HR (DOMAIN.md, "Programmes and impact (HR)"): a dashboard per programme
 * (engagements by phase, coach load, attendance, hours, goals achieved, check-in and close-out scores, impact
 * measures before and after) as charts and tables, programmes compared side by side, CSV exports and a
 * printable page. Every figure is an aggregate computed in the database; none over fewer than five
 * engagements is shown ({@link dev.triad.impact.Aggregate}), and no confidential content is read.
 */
package dev.triad.impact;
