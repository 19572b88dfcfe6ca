package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInvite.Person;
import dev.triad.system.Zones;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * An alignment meeting as a calendar entry, the same one its invitation emails carry: one uid for the meeting's whole
 * life, a sequence that rises at each move, and a cancellation one above the last request, as for sessions. The coach
 * organises; the client and the leader attend. Only who, when, where and a link leave Triad.
 */
@Component
public class AlignmentCalendar {

    private final AlignmentTime time;
    private final Zones zones;
    private final String baseUrl;

    AlignmentCalendar(
            AlignmentTime time, Zones zones, @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.time = time;
        this.zones = zones;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public CalendarInvite entryFor(AlignmentMeeting meeting, Engagement engagement) {
        User client = engagement.getClient();
        User leader = engagement.getLeader();
        User coach = engagement.getCoach();
        Person organizer = coach != null ? person(coach) : person(client);
        List<Person> attendees = new ArrayList<>(List.of(person(client), person(leader)));
        String summary = meeting.getKind().label() + ": " + client.getFullName() + ", " + leader.getFullName()
                + (coach != null ? " and " + coach.getFullName() : "");
        String description = "Open the meeting in Triad: " + baseUrl + "/engagements/" + engagement.getId()
                + "/alignment/meetings/" + meeting.getId();
        // in the organisation's zone; each mail and download re-zones it for its reader (CalendarInvite.inZone)
        var start = meeting.getStartsAt().atZone(zones.organisation());
        Duration length = Duration.ofMinutes(meeting.getMinutes());
        boolean cancelled = meeting.isCancelled();
        return CalendarInvite.of(
                cancelled,
                meeting.getCalendarUid(),
                cancelled ? meeting.getCalendarSequence() + 1 : meeting.getCalendarSequence(),
                start,
                length,
                summary,
                // the coach's default link when the meeting names no place, as its page shows it
                dev.triad.system.Venue.read(
                                meeting.getLocation(),
                                coach == null ? null : coach.getMeetingLink(),
                                meeting.getStartsAt(),
                                meeting.endsAt())
                        .location(),
                description,
                organizer,
                attendees);
    }

    /** The "Add to calendar" download, in the zone of the person downloading it. */
    public String ics(AlignmentMeeting meeting, Engagement engagement) {
        return entryFor(meeting, engagement).inZone(zones.reader()).published().toIcs(time.now());
    }

    private static Person person(User user) {
        return new Person(user.getFullName(), user.getEmail());
    }
}
