package dev.triad.schedule;

import dev.triad.alignment.AlignmentCalendar;
import dev.triad.schedule.CalendarItems.Item;
import dev.triad.session.SessionCalendar;
import dev.triad.system.CalendarInvite;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A person's calendar feed as one VCALENDAR (METHOD:PUBLISH) of many events, in the person's own time zone (TZID with
 * its VTIMEZONE). Each event is the one the invitation mails carry — the same uid, sequence, title, place and link,
 * from {@link SessionCalendar} and {@link AlignmentCalendar} — so a calendar holding both the invitation and the
 * subscription recognises one event; a cancelled one stays, as STATUS:CANCELLED. No attendees are listed: nobody is
 * asked to reply to a subscription. Never an agenda, a summary or a note: the entries carry none.
 */
@Component
class FeedCalendar {

    private static final TimeZoneRegistry TIME_ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private final SessionCalendar sessions;
    private final AlignmentCalendar meetings;

    FeedCalendar(SessionCalendar sessions, AlignmentCalendar meetings) {
        this.sessions = sessions;
        this.meetings = meetings;
    }

    /** The entry an item's invitations carry. */
    CalendarInvite entryFor(Item item) {
        return item.session() != null
                ? sessions.entryFor(item.session(), item.engagement())
                : meetings.entryFor(item.meeting(), item.engagement());
    }

    String ics(String name, ZoneId zone, List<CalendarInvite> entries, Instant stamp) {
        TimeZone timeZone = zone instanceof ZoneOffset ? null : TIME_ZONES.getTimeZone(zone.getId());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Triad//Triad coaching//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        // The name and zone calendar programs give a subscription; how often Outlook should ask again.
        calendar.add(new XProperty("X-WR-CALNAME", "Triad: " + name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        calendar.add(new XProperty("X-PUBLISHED-TTL", "PT1H"));
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        for (CalendarInvite entry : entries) {
            calendar.add(event(entry, timeZone != null ? zone : null, stamp));
        }
        return CalendarInvite.fold(calendar.toString());
    }

    private static VEvent event(CalendarInvite entry, ZoneId zone, Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(entry.uid()));
        event.add(new Sequence(entry.sequence()));
        if (zone != null) {
            ZonedDateTime start = entry.start().withZoneSameInstant(zone);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(start.plus(entry.duration())));
        } else {
            event.add(new DtStart<>(entry.start().toInstant()));
            event.add(new DtEnd<>(entry.end().toInstant()));
        }
        event.add(new Summary(entry.summary()));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        Organizer organizer =
                new Organizer(URI.create("mailto:" + entry.organizer().email().strip()));
        organizer.add(new Cn(entry.organizer().name()));
        event.add(organizer);
        event.add(entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }
}
