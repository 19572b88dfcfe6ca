package dev.triad.session;

import dev.triad.calendar.BookedItem;
import dev.triad.calendar.BookedTimes;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMoved;
import dev.triad.session.SessionEvents.SessionCancelledAsEngagementClosed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Closing an engagement cancels its sessions still to come (DOMAIN.md): each is recorded as cancelled because the
 * engagement closed, never deducted from the hours, and everyone invited gets the calendar cancellation; their times
 * are free again. Runs in the transaction that closes the engagement, so both commit or neither does.
 */
@Component
public class ClosingCancelsSessions {

    private final CoachingSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BookedTimes booked;

    ClosingCancelsSessions(
            CoachingSessions sessions, ApplicationEventPublisher events, Clock clock, BookedTimes booked) {
        this.sessions = sessions;
        this.booked = booked;
        this.events = events;
        this.clock = clock;
    }

    /** How many sessions closing the engagement now would cancel: what the close's confirmation step announces. */
    @Transactional(readOnly = true)
    public int toCancel(Long engagementId) {
        return toCancel(engagementId, clock.instant()).size();
    }

    @EventListener
    void on(PhaseMoved moved) {
        if (moved.to() != Phase.CLOSED) {
            return;
        }
        Instant now = clock.instant();
        for (CoachingSession session : toCancel(moved.engagementId(), now)) {
            session.cancelAsEngagementClosed(moved.movedById(), now);
            booked.free(BookedItem.SESSION, session.getId());
            events.publishEvent(new SessionCancelledAsEngagementClosed(moved.engagementId(), session.getId()));
        }
    }

    /** The sessions still to come: scheduled and not yet started. */
    private List<CoachingSession> toCancel(Long engagementId, Instant now) {
        return sessions.inOrderOfStart(engagementId).stream()
                .filter(s -> s.isScheduled() && s.getStartsAt().isAfter(now))
                .toList();
    }
}
