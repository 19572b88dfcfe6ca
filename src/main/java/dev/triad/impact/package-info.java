/**
 * Programmes and their impact, for HR (DOMAIN.md, "Programmes and impact (HR)"): the impact measures agreed in
 * alignment for an engagement, with their before and after values (client and coach record them; the leader
 * reads them; HR sees them only in aggregate); a dashboard per programme
 * (engagements by phase, coach load, attendance, hours, goals achieved, check-in and close-out scores, impact
 * measures before and after) as charts and tables, programmes compared side by side, CSV exports and a
 * printable page. Every figure is an aggregate computed in the database; none over fewer than five
 * engagements is shown ({@link dev.triad.impact.Aggregate}), and no confidential content is read.
 */
package dev.triad.impact;
