package dev.triad.booking;

import java.util.List;

/**
 * When a coach can be booked: weekly hours, exceptions, the notice a booking needs, the buffer kept before and after
 * each booked item, and the most sessions in one day of the coach's zone (null: no maximum).
 */
public record Availability(
        boolean published,
        int noticeHours,
        int bufferMinutes,
        Integer maxPerDay,
        List<WeeklyHours> hours,
        List<Unavailable> exceptions) {

    public static final int DEFAULT_NOTICE_HOURS = 24;

    /** A coach who has published nothing: no free time. */
    public static final Availability NONE =
            new Availability(false, DEFAULT_NOTICE_HOURS, 0, null, List.of(), List.of());

    public Availability {
        hours = List.copyOf(hours);
        exceptions = List.copyOf(exceptions);
    }
}
