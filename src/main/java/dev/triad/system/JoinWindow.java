package dev.triad.system;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a video meeting's "Join" button shows: from 10 minutes before the start until the end (the end itself is
 * over). Pages ask it as {@code ${@joinWindow.state(venue)}}, with now from the application's clock.
 */
@Component("joinWindow")
public class JoinWindow {

    /** How long before the start the link opens. */
    public static final Duration OPENS_BEFORE = Duration.ofMinutes(10);

    public enum State {
        /** More than 10 minutes before the start. */
        NOT_YET,
        OPEN,
        OVER
    }

    private final Clock clock;

    public JoinWindow(Clock clock) {
        this.clock = clock;
    }

    public State state(Venue venue) {
        return state(venue.startsAt(), venue.endsAt(), clock.instant());
    }

    public boolean isOpen(Venue venue) {
        return state(venue) == State.OPEN;
    }

    public static State state(Instant startsAt, Instant endsAt, Instant now) {
        if (now.isBefore(startsAt.minus(OPENS_BEFORE))) {
            return State.NOT_YET;
        }
        return now.isBefore(endsAt) ? State.OPEN : State.OVER;
    }
}
