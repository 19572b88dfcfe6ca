/**
 * The three-way side of an engagement (DOMAIN.md, "Alignment meetings" and "Progress, reflection and
 * evaluation"): alignment meetings of client, coach and leader with their agenda checklists, the leader's input
 * recorded as the leader's words, and outcome versions confirmed by all three; the facts about them that the
 * engagement's phase moves need, given through the engagement module's {@link dev.triad.engagement.PhaseGuard};
 * the engagement's timeline; the client's progress reports to the leader at the agreed cadence; and the
 * leader's feedback. Adds sections and reminders to the home page through the engagement module's extension
 * points.
 */
package dev.triad.alignment;
