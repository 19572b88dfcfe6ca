package dev.triad.booking;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One range of a weekday in which the coach takes sessions, in wall times of the coach's zone. */
public record WeeklyHours(DayOfWeek day, LocalTime starts, LocalTime ends) {

    public WeeklyHours {
        if (!starts.isBefore(ends)) {
            throw new IllegalArgumentException("A range ends after it starts");
        }
    }
}
