package dev.triad.system;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * Days and times in a sentence (a rule's message, a flash, a mail, a timeline line) as the pages show them — the
 * house style of {@link Dates}, for code that already holds a local or zoned value: "1 Dec 2026", never ISO.
 */
public final class Days {

    private Days() {}

    /** 1 Dec 2026; empty for no day. */
    public static String of(LocalDate day) {
        return date(day);
    }

    /** 1 Dec 2026. */
    public static String date(TemporalAccessor day) {
        return day == null ? "" : Dates.DATE.format(day);
    }

    /** 14:30. */
    public static String time(TemporalAccessor time) {
        return time == null ? "" : Dates.TIME.format(time);
    }

    /** Thu 4 Dec 2026, 09:00 GMT: a zoned time for a reader in that zone (a mail to its recipient). */
    public static String when(java.time.ZonedDateTime time) {
        return time == null ? "" : Dates.WHEN.format(time);
    }

    /** 1 Dec 2026, 14:30. */
    public static String dateTime(TemporalAccessor time) {
        return time == null ? "" : Dates.DATE_TIME.format(time);
    }

    /** 1 Dec 2026, 14:30–15:30 within a day; 1 Dec 2026, 23:00 – 2 Dec 2026, 01:00 across days. */
    public static String timeRange(TemporalAccessor start, TemporalAccessor end) {
        if (start == null || end == null) {
            return dateTime(start == null ? end : start);
        }
        return LocalDate.from(start).equals(LocalDate.from(end))
                ? dateTime(start) + "–" + time(end)
                : dateTime(start) + " – " + dateTime(end);
    }

    /**
     * Thu 4 Dec 2026, 09:00–10:00 GMT within a day; Thu 4 Dec 2026, 23:00 GMT – Fri 5 Dec 2026, 01:00 GMT across days:
     * a zoned span for a reader in that zone.
     */
    public static String whenRange(java.time.ZonedDateTime start, java.time.ZonedDateTime end) {
        if (start == null || end == null) {
            return when(start == null ? end : start);
        }
        java.time.ZonedDateTime until = end.withZoneSameInstant(start.getZone());
        return start.toLocalDate().equals(until.toLocalDate())
                ? Dates.DAY_TIME.format(start) + "–" + Dates.TIME_ZONE.format(until)
                : when(start) + " – " + when(until);
    }
}
