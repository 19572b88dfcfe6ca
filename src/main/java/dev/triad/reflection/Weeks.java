package dev.triad.reflection;

import dev.triad.account.User;
import dev.triad.system.Days;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The journal's weeks: ISO weeks, Monday to Sunday, in the CLIENT's time zone (their own, else the organisation's),
 * whoever reads the journal: a week is the client's, and "this week" ends on Sunday night where they are. A week is
 * named by its Monday.
 */
@Component
public class Weeks {

    private final Clock clock;
    private final ZoneId zone;

    Weeks(Clock clock) {
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today's date where Triad is, from the application's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The Monday of the current week, in the organisation's zone (for someone without a zone of their own). */
    public LocalDate thisWeek() {
        return mondayOf(today());
    }

    /** Today where {@code client} is. */
    public LocalDate todayOf(User client) {
        return LocalDate.ofInstant(clock.instant(), client.zoneOr(zone));
    }

    /** The Monday of the current week where {@code client} is: the week the journal and its reminders are at. */
    public LocalDate thisWeekOf(User client) {
        return mondayOf(todayOf(client));
    }

    /** The Monday of the current week in {@code zone}. */
    public LocalDate thisWeekIn(ZoneId zone) {
        return mondayOf(LocalDate.ofInstant(clock.instant(), zone));
    }

    /** The Monday of the ISO week {@code day} is in (the day itself when it is a Monday). */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** "Week of 16 November 2026" for the week starting on that Monday. */
    public static String label(LocalDate monday) {
        return "Week of " + Days.date(monday);
    }

    /** "week of 16 November 2026", for the middle of a sentence. */
    public static String phrase(LocalDate monday) {
        return "week of " + Days.date(monday);
    }

    /** "16 November 2026". */
    public static String day(LocalDate date) {
        return Days.date(date);
    }
}
