/**
 * Programmes that group engagements (a pilot, a cohort, a tier), with the defaults their
 * engagements start from. The kinds of coaching and their timing are defined here.
 */
package dev.triad.programme;
