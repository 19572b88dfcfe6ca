package dev.triad.alignment;

import dev.triad.alignment.AlignmentEvents.MeetingCancelledAsEngagementClosed;
import dev.triad.calendar.BookedItem;
import dev.triad.calendar.BookedTimes;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Closing an engagement cancels its alignment meetings still to come (DOMAIN.md), with "the engagement closed" as the
 * reason, and everyone invited gets the calendar cancellation; their times are free again. Runs in the transaction that
 * closes the engagement.
 */
@Component
class ClosingCancelsMeetings {

    static final String REASON = "Cancelled because the engagement closed";

    private final AlignmentMeetings meetings;
    private final ApplicationEventPublisher events;
    private final AlignmentTime time;
    private final BookedTimes booked;

    ClosingCancelsMeetings(
            AlignmentMeetings meetings, ApplicationEventPublisher events, AlignmentTime time, BookedTimes booked) {
        this.meetings = meetings;
        this.booked = booked;
        this.events = events;
        this.time = time;
    }

    /** How many meetings closing the engagement now would cancel: what the close's confirmation step announces. */
    int toCancel(Long engagementId) {
        return toCancel(engagementId, time.now()).size();
    }

    @EventListener
    void on(PhaseMoved moved) {
        if (moved.to() != Phase.CLOSED) {
            return;
        }
        Instant now = time.now();
        for (AlignmentMeeting meeting : toCancel(moved.engagementId(), now)) {
            meeting.cancel(moved.movedById(), REASON, now);
            booked.free(BookedItem.MEETING, meeting.getId());
            events.publishEvent(new MeetingCancelledAsEngagementClosed(moved.engagementId(), meeting.getId()));
        }
    }

    /** The meetings still to come: scheduled and not yet started. */
    private List<AlignmentMeeting> toCancel(Long engagementId, Instant now) {
        return meetings.ofEngagement(engagementId).stream()
                .filter(m -> m.isScheduled() && m.getStartsAt().isAfter(now))
                .toList();
    }
}
