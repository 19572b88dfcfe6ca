package dev.triad.system;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one place that writes days and times for the page's reader, in Triad's house style, one entry point per kind:
 * pages call it as {@code ${@dates.dateTime(x)}}; Java code that already holds a local or zoned value (a message, a
 * mail) goes through {@link Days}, which uses the same formatters. Instants are shown in {@link #zone()}; a date-time
 * that already carries a zone (a meeting at its own place) is shown in that zone. Calendar files (.ics) keep their
 * RFC formats and do not come here.
 */
@Component("dates")
public class Dates {

    /** 1 Dec 2026. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    /** 14:30. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    /** 1 Dec 2026, 14:30. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** Dec 2026. */
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    /** 2026-12-01 14:30:05: to the second, where a record says exactly when something happened (audit, outbox). */
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ENGLISH);

    /** Thu 4 Dec 2026, 09:00 GMT: a moment two people in different zones could read differently. */
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);

    /** Thu 4 Dec 2026, 09:00 and 10:00 GMT: the two ends of a span within a day ({@link Days#whenRange}). */
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    static final DateTimeFormatter TIME_ZONE = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);

    private final Zones zones;

    public Dates(Zones zones) {
        this.zones = zones;
    }

    /** The zone in which instants are shown to the reader: the signed-in person's, else the organisation's. */
    public ZoneId zone() {
        return zones.reader();
    }

    /** "Europe/London (GMT)": the zone the reader types times in, for a form's hint. */
    public String zoneName() {
        return Zones.describe(zone(), zones.now());
    }

    /** Thu 4 Dec 2026, 09:00 GMT, in the reader's zone: for a time shared with people elsewhere (a session). */
    public String when(TemporalAccessor time) {
        return time == null ? "" : WHEN.format(local(time));
    }

    /** 1 Dec 2026; empty for no date. */
    public String date(TemporalAccessor day) {
        return Days.date(local(day));
    }

    /** 14:30. */
    public String time(TemporalAccessor time) {
        return Days.time(local(time));
    }

    /** 1 Dec 2026, 14:30. */
    public String dateTime(TemporalAccessor time) {
        return Days.dateTime(local(time));
    }

    /** 1 Dec 2026, 14:30–15:30 within a day; 1 Dec 2026, 23:00 – 2 Dec 2026, 01:00 across days. */
    public String timeRange(TemporalAccessor start, TemporalAccessor end) {
        return Days.timeRange(local(start), local(end));
    }

    /** Dec 2026. */
    public String month(TemporalAccessor month) {
        return month == null ? "" : MONTH.format(local(month));
    }

    /** 2026-12-01 14:30:05. */
    public String timestamp(TemporalAccessor time) {
        return time == null ? "" : TIMESTAMP.format(local(time));
    }

    /** An instant as a date-time in the reader's zone; anything else as it is. */
    private TemporalAccessor local(TemporalAccessor value) {
        return value instanceof Instant instant ? instant.atZone(zone()) : value;
    }
}
