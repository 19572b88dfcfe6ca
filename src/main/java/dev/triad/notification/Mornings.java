package dev.triad.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Daily and weekly reminders go out at 08:00 in each recipient's own zone: their jobs run every hour, and a
 * recipient's reminder goes in the first run at or after 08:00 of their day (the 08:xx run, or the next one if that
 * run was missed). The once-ever keys name the recipient's local day or week, never an hour, so that a day of 23 or
 * 25 hours sends neither twice nor never.
 */
final class Mornings {

    /** When, in the recipient's zone, a day's reminders go out. */
    static final LocalTime SEND_AT = LocalTime.of(8, 0);

    private Mornings() {}

    /** The recipient's date at {@code now}, once their morning has come (08:00 or later there). */
    static Optional<LocalDate> dayOnceMorningCame(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        return local.toLocalTime().isBefore(SEND_AT) ? Optional.empty() : Optional.of(local.toLocalDate());
    }

    /** Every date it can be somewhere on Earth at {@code now} (zones run from UTC−12 to UTC+14): the day before UTC's to the day after. */
    static List<LocalDate> datesSomewhere(Instant now) {
        LocalDate utc = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return List.of(utc.minusDays(1), utc, utc.plusDays(1));
    }
}
