package dev.triad.calendar;

/** What holds a booked time. */
public enum BookedItem {
    SESSION,
    MEETING
}
