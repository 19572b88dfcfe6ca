package dev.triad.reflection;

import dev.triad.system.Days;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The journal's weeks: ISO weeks, Monday to Sunday, in Triad's time zone (the application
 * clock's). A week is named by its Monday.
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

    /** The Monday of the current week. */
    public LocalDate thisWeek() {
        return mondayOf(today());
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
