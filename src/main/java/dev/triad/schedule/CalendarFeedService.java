package dev.triad.schedule;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.schedule.CalendarItems.Item;
import dev.triad.schedule.CalendarItems.Part;
import dev.triad.system.CalendarInvite;
import dev.triad.system.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each person's private calendar feed: making its address (shown once: only the token's hash is kept), replacing it
 * (which revokes the old one), and answering a calendar program that asks for it. The feed holds the person's sessions
 * and meetings from {@link #PAST} ago to {@link #AHEAD} ahead; a cancelled one stays as STATUS:CANCELLED for
 * {@link #CANCELLED_KEPT} after its cancellation, so subscribed calendars remove it, then leaves. An unknown, revoked
 * or malformed token, and the token of a deactivated person, answer alike: not found.
 */
@Service
public class CalendarFeedService {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(366);
    static final Duration CANCELLED_KEPT = Duration.ofDays(30);

    private final CalendarFeeds feeds;
    private final People people;
    private final CalendarItems items;
    private final FeedCalendar calendar;
    private final FeedThrottle throttle;
    private final Zones zones;

    CalendarFeedService(
            CalendarFeeds feeds,
            People people,
            CalendarItems items,
            FeedCalendar calendar,
            FeedThrottle throttle,
            Zones zones) {
        this.feeds = feeds;
        this.people = people;
        this.items = items;
        this.calendar = calendar;
        this.throttle = throttle;
        this.zones = zones;
    }

    /** When this person's current feed address was made; empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt(CurrentUser me) {
        return feeds.findByUserId(me.id()).map(CalendarFeed::getCreatedAt);
    }

    /** Makes this person's feed address, or replaces it (the old one stops working): the raw token, to show once. */
    @Transactional
    public String issue(CurrentUser me) {
        String raw = CalendarFeed.newToken();
        feeds.issue(me.id(), CalendarFeed.hash(raw), zones.now());
        return raw;
    }

    /** What a request for a feed gets. */
    public sealed interface Answer {
        record Found(String ics) implements Answer {}

        record NotFound() implements Answer {}

        record TooMany(long retryAfterSeconds) implements Answer {}
    }

    /** The feed of this token, asked for from {@code address}. */
    @Transactional(readOnly = true)
    public Answer open(String token, String address) {
        Optional<CalendarFeed> feed = CalendarFeed.wellFormed(token)
                ? feeds.findByTokenHash(CalendarFeed.hash(token)).filter(f -> f.matches(CalendarFeed.hash(token)))
                : Optional.empty();
        Optional<User> person =
                feed.flatMap(f -> people.findById(f.getUserId())).filter(User::isActive);
        if (person.isEmpty()) {
            return throttle.failure(address) ? new Answer.NotFound() : new Answer.TooMany(throttle.retryAfterSeconds());
        }
        if (!throttle.fetch(feed.get().getUserId())) {
            return new Answer.TooMany(throttle.retryAfterSeconds());
        }
        User user = person.get();
        Instant now = zones.now();
        List<CalendarInvite> entries = new ArrayList<>();
        for (Item item : items.of(user.getId(), Part.ANY, now.minus(PAST), now.plus(AHEAD))) {
            CalendarInvite entry = calendar.entryFor(item);
            if (!entry.cancelled() || keptCancelled(item, now)) {
                entries.add(entry);
            }
        }
        return new Answer.Found(calendar.ics(user.getFullName(), user.zoneOr(zones.organisation()), entries, now));
    }

    /** A cancelled item stays in the feed for a while after its cancellation, then leaves it. */
    private static boolean keptCancelled(Item item, Instant now) {
        Instant cancelledAt = item.session() != null
                ? item.session().getOutcomeAt()
                : item.meeting().getChangedAt();
        return cancelledAt == null || cancelledAt.isAfter(now.minus(CANCELLED_KEPT));
    }
}
