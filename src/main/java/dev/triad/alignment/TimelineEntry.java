package dev.triad.alignment;

import java.time.Instant;

/**
 * One line of an engagement's timeline: a phase move, an alignment meeting or a coaching session.
 *
 * @param type   "phase", "meeting" or "session" (a CSS class and an icon)
 * @param title  what happened, e.g. "Moved from Alignment to Coaching"
 * @param status a short state, e.g. "Held" or "Outcome confirmed"; may be null
 * @param detail who and why, e.g. "by Carmen Okafor (coach) — Reason: …"; may be null
 * @param href   the page to open, for those who may; may be null
 */
public record TimelineEntry(
        Instant at, String type, String title, String status, String detail, String href, boolean upcoming) {}
