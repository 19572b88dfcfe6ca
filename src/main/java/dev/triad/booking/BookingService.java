package dev.triad.booking;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.calendar.BookedItem;
import dev.triad.calendar.BookedTimes;
import dev.triad.calendar.TimeTaken;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.HoursLedger;
import dev.triad.session.CancellationPolicy;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionService;
import dev.triad.session.UsualSession;
import dev.triad.system.RuleViolation;
import dev.triad.system.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The client's side of booking: the coach's free slots for the next weeks, and booking one. The slot is checked again
 * while the coach's availability row is locked, so bookings of one coach are decided one at a time; the booked time's
 * exclusion constraint stays the last word.
 */
@Service
public class BookingService {

    /** How far ahead clients see free slots. */
    public static final Duration HORIZON = Duration.ofDays(28);

    /** Slots start on the hour and the half hour of the coach's clock. */
    public static final int STEP_MINUTES = 30;

    private final EngagementAccessPolicy policy;
    private final SessionDirectory sessions;
    private final SessionService sessionService;
    private final HoursLedger ledger;
    private final BookedTimes bookedTimes;
    private final Availabilities availabilities;
    private final Zones zones;
    private final Clock clock;

    BookingService(
            EngagementAccessPolicy policy,
            SessionDirectory sessions,
            SessionService sessionService,
            HoursLedger ledger,
            BookedTimes bookedTimes,
            Availabilities availabilities,
            Zones zones,
            Clock clock) {
        this.policy = policy;
        this.sessions = sessions;
        this.sessionService = sessionService;
        this.ledger = ledger;
        this.bookedTimes = bookedTimes;
        this.availabilities = availabilities;
        this.zones = zones;
        this.clock = clock;
    }

    /** One day of free slots, a day of the client's calendar. */
    public record Day(LocalDate date, List<Instant> starts) {}

    /**
     * The booking page: the free slots by day in the client's zone, the session they book, and, when there are none,
     * why (a message code): never what the coach is busy with.
     */
    public record FreeSlots(EngagementAccess access, UsualSession usual, List<Day> days, String noneBecause) {

        public boolean any() {
            return !days.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public FreeSlots freeSlots(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.BOOK_SESSION);
        Engagement engagement = access.engagement();
        List<CoachingSession> own = sessions.inOrderOfStart(engagementId);
        UsualSession usual = UsualSession.of(own);
        if (!engagement.getPhase().isActive()) {
            return new FreeSlots(access, usual, List.of(), "booking.none.closed");
        }
        if (engagement.getCoach() == null) {
            return new FreeSlots(access, usual, List.of(), "booking.none.noCoach");
        }
        Availability availability = availabilities.of(engagement.getCoach().getId());
        if (!availability.published()) {
            return new FreeSlots(access, usual, List.of(), "booking.none.unpublished");
        }
        Instant now = clock.instant();
        SlotSearch search = search(engagement, own, usual, availability, now);
        ZoneId clientZone = zones.of(me);
        Map<LocalDate, List<Instant>> byDay = new LinkedHashMap<>();
        for (Instant start : search.free(now, now.plus(HORIZON))) {
            byDay.computeIfAbsent(start.atZone(clientZone).toLocalDate(), d -> new ArrayList<>())
                    .add(start);
        }
        List<Day> days = byDay.entrySet().stream()
                .map(day -> new Day(day.getKey(), List.copyOf(day.getValue())))
                .toList();
        String none = days.isEmpty()
                ? search.check(now.plus(HORIZON), now)
                                .filter(r -> r == SlotSearch.Refusal.NO_HOURS_LEFT)
                                .isPresent()
                        ? "booking.none.noHoursLeft"
                        : "booking.none.full"
                : null;
        return new FreeSlots(access, usual, days, none);
    }

    /**
     * Books the engagement's usual session at {@code start} for its client, if the time is still free.
     *
     * @throws RuleViolation on {@code start} when it cannot be booked; {@code booking.slot.taken} when it was just
     *                       taken, by another client at the same moment or since the page was shown
     */
    @Transactional
    public CoachingSession book(Long engagementId, Instant start, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.BOOK_SESSION);
        if (start == null) {
            throw new RuleViolation("start", "booking.slot.missing");
        }
        Engagement engagement = access.engagement();
        User coach = engagement.getCoach();
        if (coach == null || !availabilities.lock(coach.getId())) {
            throw new RuleViolation("start", "booking.slot.outsideAvailability");
        }
        Instant now = clock.instant();
        if (start.isAfter(now.plus(HORIZON))) {
            throw new RuleViolation("start", "booking.slot.tooFar");
        }
        List<CoachingSession> own = sessions.inOrderOfStart(engagementId);
        UsualSession usual = UsualSession.of(own);
        SlotSearch search = search(engagement, own, usual, availabilities.of(coach.getId()), now);
        search.check(start, now).ifPresent(refusal -> {
            String code = refusal.code();
            throw new RuleViolation("start", code);
        });
        CoachingSession session = sessionService.bookSlot(engagementId, start, me);
        try {
            bookedTimes.book(
                    BookedItem.SESSION,
                    session.getId(),
                    engagementId,
                    coach.getId(),
                    engagement.getClient().getId(),
                    session.getStartsAt(),
                    session.endsAt());
        } catch (TimeTaken taken) {
            boolean clientsOwn =
                    taken.conflicts().stream().anyMatch(b -> !b.coachId().equals(coach.getId()));
            throw new RuleViolation("start", clientsOwn ? "booking.slot.clientBusy" : SlotSearch.Refusal.TAKEN.code());
        }
        return session;
    }

    private SlotSearch search(
            Engagement engagement,
            List<CoachingSession> own,
            UsualSession usual,
            Availability availability,
            Instant now) {
        LocalDate lastDay = engagement.getPlannedEndOn() != null
                ? engagement.getPlannedEndOn()
                : engagement.getProgramme().getEndsOn();
        SlotSearch.Terms terms = new SlotSearch.Terms(
                Duration.ofMinutes(usual.minutes()),
                STEP_MINUTES,
                CancellationPolicy.of(engagement.getProgramme()).notice(),
                engagement.getStartsOn(),
                lastDay,
                zones.organisation(),
                hoursLeft(engagement, own));
        // a day either side: buffers reach across midnight, and days are counted in the coach's zone
        Duration margin = Duration.ofDays(1);
        return new SlotSearch(
                availability,
                engagement.getCoach().zoneOr(zones.organisation()),
                terms,
                bookedTimes.busy(
                        engagement.getCoach().getId(),
                        null,
                        now.minus(margin),
                        now.plus(HORIZON).plus(margin)));
    }

    /** The contracted hours not used yet, less those of the sessions already scheduled. */
    private BigDecimal hoursLeft(Engagement engagement, List<CoachingSession> own) {
        BigDecimal scheduled = own.stream()
                .filter(CoachingSession::isScheduled)
                .map(CoachingSession::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return ledger.balanceOf(engagement).remaining().subtract(scheduled);
    }
}
