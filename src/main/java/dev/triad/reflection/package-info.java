/**
 * The client's weekly reflection journal (DOMAIN.md, "Weekly reflection": <em>block out time at
 * least weekly to review your action plan and reflect on your goals and progress</em>): one entry per
 * engagement and ISO week, private to the client unless the client shares it with the coach; the
 * leader and HR never see it. Also reminds the client on the home page when this week's entry is
 * missing, through the engagement module's {@link dev.triad.engagement.HomeReminders}.
 */
package dev.triad.reflection;
