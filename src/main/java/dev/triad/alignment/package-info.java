/**
 * The three-way side of an engagement and its phases (DOMAIN.md, "Alignment meetings" and "Progress,
 * reflection and evaluation"): alignment meetings of client, coach and leader with their agenda checklists,
 * the leader's input recorded as the leader's words, and outcome versions confirmed by all three; moving the
 * engagement between phases with the facts its guards need; the intake interview; the engagement's timeline;
 * the client's progress reports to the leader at the agreed cadence; and the leader's feedback. Adds sections
 * and reminders to the home page through the engagement module's extension points.
 */
package dev.triad.alignment;
