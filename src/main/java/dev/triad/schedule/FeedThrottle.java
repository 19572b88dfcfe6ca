package dev.triad.schedule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the public feed address from being hammered: within one window, a feed answers at most
 * {@code max-per-feed} fetches (calendar programs poll every few hours; more is a loop or a leak), and an address
 * that asked for {@code max-failures-per-address} addresses that do not exist gets no further answer for unknown ones
 * until the window ends. A real feed fetched from that address still answers: Google and Microsoft fetch everyone's
 * subscriptions from a few shared addresses, where revoked addresses keep being asked for. Counted in memory, per
 * instance: a lost count after a restart only lets a few more requests through.
 */
@Component
class FeedThrottle {

    /** Beyond this many keys, expired windows are dropped before counting another. */
    private static final int MAX_KEYS = 10_000;

    private final Clock clock;
    private final int maxPerFeed;
    private final int maxFailuresPerAddress;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    FeedThrottle(
            Clock clock,
            @Value("${triad.calendar-feed.max-per-feed:30}") int maxPerFeed,
            @Value("${triad.calendar-feed.max-failures-per-address:30}") int maxFailuresPerAddress,
            @Value("${triad.calendar-feed.window:PT1H}") Duration window) {
        this.clock = clock;
        this.maxPerFeed = maxPerFeed;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.window = window;
    }

    private record Window(Instant start, int count) {}

    /** Counts one fetch of this person's feed; false when it is over its limit. */
    boolean fetch(Long personId) {
        return count("feed:" + personId) <= maxPerFeed;
    }

    /** Counts one request for an unknown address from this client address; false when it is over its limit. */
    boolean failure(String address) {
        String key = address == null ? "unknown" : address;
        return count("address:" + (key.length() <= 64 ? key : key.substring(0, 64))) <= maxFailuresPerAddress;
    }

    /** How long, in seconds, a refused client should wait (Retry-After). */
    long retryAfterSeconds() {
        return window.toSeconds();
    }

    private int count(String key) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(w -> !w.start().plus(window).isAfter(now));
        }
        return windows.compute(
                        key,
                        (k, w) -> w == null || !w.start().plus(window).isAfter(now)
                                ? new Window(now, 1)
                                : new Window(w.start(), w.count() + 1))
                .count();
    }
}
