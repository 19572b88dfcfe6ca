package dev.triad.calendar;

import java.util.List;

/**
 * The time asked for overlaps another booking of the same coach or client. {@code conflicts} names what holds it when
 * it was already booked; it is empty when another request took the time at the same moment (the database refused the
 * second one): the caller says so in words its reader may see, since the conflicting item may be another client's.
 */
public class TimeTaken extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Busy> conflicts;

    TimeTaken(List<Busy> conflicts) {
        super(conflicts.isEmpty() ? "Taken at the same moment" : "Overlaps " + conflicts);
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Busy> conflicts() {
        return conflicts;
    }

    /** Whether the time was taken by a request made at the same moment, not by an earlier booking. */
    public boolean justTaken() {
        return conflicts.isEmpty();
    }
}
