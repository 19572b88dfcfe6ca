package dev.triad.alignment;

import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInvite.Person;
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
    private final String baseUrl;

    AlignmentCalendar(AlignmentTime time, @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.time = time;
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
        var start = meeting.getStartsAt().atZone(time.zone());
        Duration length = Duration.ofMinutes(meeting.getMinutes());
        return meeting.isCancelled()
                ? CalendarInvite.cancel(
                        meeting.getCalendarUid(),
                        meeting.getCalendarSequence() + 1,
                        start,
                        length,
                        summary,
                        meeting.getLocation(),
                        description,
                        organizer,
                        attendees)
                : CalendarInvite.request(
                        meeting.getCalendarUid(),
                        meeting.getCalendarSequence(),
                        start,
                        length,
                        summary,
                        meeting.getLocation(),
                        description,
                        organizer,
                        attendees);
    }

    public String ics(AlignmentMeeting meeting, Engagement engagement) {
        return entryFor(meeting, engagement).published().toIcs(time.now());
    }

    private static Person person(User user) {
        return new Person(user.getFullName(), user.getEmail());
    }
}
