package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeSection;
import dev.triad.engagement.HomeSections;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionOnHome;
import dev.triad.system.Venue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The first section of a client's and a leader's home page: their next session or alignment meeting, when (in the
 * reader's zone), how, and where or the Join button. A client sees their sessions and meetings; a leader only the
 * meetings of the engagements they lead, never a session (DOMAIN.md: session agendas are not the leader's). Two
 * statements whatever the data: the client's sessions and the meetings, each with its coach's default link, so the
 * cost does not change with how much is booked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@Transactional(readOnly = true)
class NextOnHome implements HomeSections {

    private final SessionDirectory sessions;
    private final AlignmentMeetings meetings;
    private final AlignmentTime time;

    NextOnHome(SessionDirectory sessions, AlignmentMeetings meetings, AlignmentTime time) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.time = time;
    }

    /** The next item, or none ({@code next} null): "No session booked yet". */
    public record NextSection(Next next) {}

    /**
     * @param what  "Session" or the meeting's kind
     * @param path  its page
     * @param venue how and where, with its times
     */
    public record Next(String what, String path, Venue venue) {

        public Instant startsAt() {
            return venue.startsAt();
        }
    }

    @Override
    public List<HomeSection> sectionsFor(CurrentUser me) {
        boolean client = me.has(Role.CLIENT);
        if (!client && !me.has(Role.LEADER)) {
            return List.of();
        }
        Instant now = time.now();
        Optional<SessionOnHome> session =
                client ? sessions.nextOfClient(me.id(), now, 3).stream().findFirst() : Optional.empty();
        Optional<NextMeeting> meeting = nextMeeting(me, now);
        List<Next> items = new ArrayList<>();
        session.ifPresent(s -> items.add(new Next("Session", s.path(), s.venue())));
        meeting.ifPresent(m -> items.add(new Next(m.kind().label(), m.path(), m.venue())));
        Next next = items.stream().min(Comparator.comparing(Next::startsAt)).orElse(null);
        return List.of(new HomeSection("alignment/home-next", new NextSection(next)));
    }

    private Optional<NextMeeting> nextMeeting(CurrentUser me, Instant now) {
        // meetings under way count as coming; none lasts over 8 hours
        return meetings
                .comingForClientOrLeader(
                        me.id(), now.minus(Duration.ofHours(8)), MeetingStatus.SCHEDULED, PageRequest.of(0, 3))
                .stream()
                .filter(m -> m.endsAt().isAfter(now))
                .findFirst();
    }
}
