package dev.triad.schedule;

import java.time.Instant;

/**
 * One line of a coach's schedule: a session or an alignment meeting, whose client, in what format, where (a place or
 * a link, shown as typed), and whether the client's agenda (for a meeting, the client's objectives) is in — never the
 * agenda itself.
 */
public record ScheduleItem(
        boolean session,
        Long id,
        Long engagementId,
        String what,
        String clientName,
        String format,
        String location,
        Instant startsAt,
        Instant endsAt,
        boolean agendaIn,
        boolean scheduled,
        String status) {

    /** The item's own page. */
    public String href() {
        return "/engagements/" + engagementId + (session ? "/sessions/" : "/alignment/meetings/") + id;
    }

    /** An id for the item's element on the page (tests and anchors). */
    public String elementId() {
        return (session ? "session-" : "meeting-") + id;
    }
}
