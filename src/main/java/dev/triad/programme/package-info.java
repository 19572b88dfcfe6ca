/**
 * Programmes that group engagements (a pilot, a cohort, a tier), with the defaults their
 * engagements start from, and HR opening a cohort: several engagements of a programme at once, all or
 * nothing, which the engagement module opens through {@link dev.triad.programme.CohortEngagements}. The
 * kinds of coaching and their timing are defined here.
 */
package dev.triad.programme;
