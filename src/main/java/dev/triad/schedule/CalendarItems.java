package dev.triad.schedule;

import dev.triad.alignment.AlignmentDirectory;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionStatus;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sessions and meetings a person takes part in over a time window, across all their engagements, in three
 * statements whatever their number (engagements, sessions, meetings). The client and the coach of an engagement take
 * part in its sessions and meetings; its leader in its alignment meetings only. A rescheduled session is left out: its
 * calendar identity lives on in the session it moved to.
 */
@Component
class CalendarItems {

    private final EngagementDirectory engagements;
    private final SessionDirectory sessions;
    private final AlignmentDirectory meetings;

    CalendarItems(EngagementDirectory engagements, SessionDirectory sessions, AlignmentDirectory meetings) {
        this.engagements = engagements;
        this.sessions = sessions;
        this.meetings = meetings;
    }

    /** One session or one meeting, with its engagement (and so its people). */
    record Item(Engagement engagement, CoachingSession session, AlignmentMeeting meeting) {

        Instant startsAt() {
            return session != null ? session.getStartsAt() : meeting.getStartsAt();
        }

        Long id() {
            return session != null ? session.getId() : meeting.getId();
        }
    }

    /** Whose calendar: everyone taking part, or only the engagements this person coaches (the coach's schedule). */
    enum Part {
        ANY,
        COACH
    }

    List<Item> of(Long userId, Part part, Instant from, Instant until) {
        Map<Long, Engagement> mine = engagements.withParticipant(userId).stream()
                .filter(e -> part == Part.ANY || isCoach(e, userId))
                .collect(Collectors.toMap(Engagement::getId, Function.identity()));
        List<Long> withSessions = mine.values().stream()
                .filter(e -> isCoach(e, userId) || Objects.equals(e.getClient().getId(), userId))
                .map(Engagement::getId)
                .toList();
        List<Item> items = new ArrayList<>();
        for (CoachingSession session : sessions.startingBetween(withSessions, from, until)) {
            if (session.getStatus() != SessionStatus.RESCHEDULED) {
                items.add(new Item(mine.get(session.getEngagementId()), session, null));
            }
        }
        for (AlignmentMeeting meeting : meetings.startingBetween(mine.keySet(), from, until)) {
            items.add(new Item(mine.get(meeting.getEngagementId()), null, meeting));
        }
        items.sort(Comparator.comparing(Item::startsAt)
                .thenComparing(item -> item.session() == null)
                .thenComparing(Item::id));
        return items;
    }

    private static boolean isCoach(Engagement engagement, Long userId) {
        return engagement.getCoach() != null
                && Objects.equals(engagement.getCoach().getId(), userId);
    }
}
