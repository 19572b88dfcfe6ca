package dev.triad.session;

import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInvite.Person;
import dev.triad.system.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * A session as a calendar entry, the same one the invitation emails carry: one uid per session (kept when it
 * is moved, with a higher sequence), the coach as organiser and the client as attendee. Only what may leave
 * Triad goes in: who, when, where and a link — never the agenda, summary or notes.
 */
@Component
public class SessionCalendar {

    private final Clock clock;
    private final Zones zones;
    private final String baseUrl;

    SessionCalendar(Clock clock, Zones zones, @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.clock = clock;
        this.zones = zones;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A request for a session still to take place or held; a cancellation for one cancelled, missed or moved away. */
    public CalendarInvite entryFor(CoachingSession session, Engagement engagement) {
        User coach = engagement.getCoach();
        User client = engagement.getClient();
        Person organizer = coach != null
                ? new Person(coach.getFullName(), coach.getEmail())
                : new Person(client.getFullName(), client.getEmail());
        String summary =
                "Coaching session: " + client.getFullName() + (coach != null ? " with " + coach.getFullName() : "");
        String description = "Open the session in Triad: " + baseUrl + "/engagements/" + engagement.getId()
                + "/sessions/" + session.getId();
        boolean cancelled = session.getStatus() != SessionStatus.SCHEDULED && session.getStatus() != SessionStatus.HELD;
        // A cancellation outranks the request it cancels. (A moved session is never given here: its uid lives on
        // in the session it moved to, whose entry the caller gives instead.)
        int sequence = cancelled ? session.getCalendarSequence() + 1 : session.getCalendarSequence();
        Duration length = Duration.ofMinutes(session.getMinutes());
        // in the organisation's zone; each mail and download re-zones it for its reader (CalendarInvite.inZone)
        var start = session.getStartsAt().atZone(zones.organisation());
        List<Person> attendees = List.of(new Person(client.getFullName(), client.getEmail()));
        return CalendarInvite.of(
                cancelled,
                session.getCalendarUid(),
                sequence,
                start,
                length,
                summary,
                // the coach's default link when a video session has none of its own, as its page shows it
                session.venue(coach == null ? null : coach.getMeetingLink()).location(),
                description,
                organizer,
                attendees);
    }

    /** The "Add to calendar" download, in the zone of the person downloading it. */
    public String ics(CoachingSession session, Engagement engagement) {
        return entryFor(session, engagement).inZone(zones.reader()).published().toIcs(clock.instant());
    }
}
