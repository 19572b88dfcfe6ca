package dev.triad.system;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
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
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A calendar invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) for one event, as the
 * .ics text calendar programs understand; {@link #published()} makes the same event a plain published one
 * (METHOD:PUBLISH, no attendees asked to reply) for an "Add to calendar" download. Keep the same {@code uid} for every message about the same
 * event (e.g. "session-42@triad") and raise {@code sequence} at each change: calendars then move or
 * remove the event they already have instead of adding another. Times keep their time zone: the .ics
 * says DTSTART;TZID=Europe/Paris:… with the zone's VTIMEZONE.
 *
 * <p>Summary, location and description travel outside Triad: no confidential content (no agenda,
 * notes or assessment content); a link to the page in Triad is fine.
 */
public record CalendarInvite(
        Method method,
        boolean cancelled,
        String uid,
        int sequence,
        ZonedDateTime start,
        Duration duration,
        String summary,
        String location,
        String description,
        Person organizer,
        List<Person> attendees) {

    /** REQUEST and CANCEL are emailed to the attendees (RFC 5546); PUBLISH is a download, answered by nobody. */
    public enum Method {
        REQUEST,
        CANCEL,
        PUBLISH
    }

    /** RFC 5545 §3.1: content lines longer than 75 octets are folded. */
    static final int MAX_LINE_OCTETS = 75;

    /** Someone on the invitation: a display name and an email. */
    public record Person(String name, String email) {
        public Person {
            Objects.requireNonNull(email, "email");
            name = name == null || name.isBlank() ? email : name.strip();
        }
    }

    private static final TimeZoneRegistry TIME_ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    public CalendarInvite {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(organizer, "organizer");
        if (sequence < 0 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("A sequence of 0 or more and a positive duration");
        }
        if ((method == Method.REQUEST && cancelled) || (method == Method.CANCEL && !cancelled)) {
            throw new IllegalArgumentException("A request is never cancelled; a cancellation always is");
        }
        attendees = List.copyOf(attendees);
    }

    /**
     * The one way to make an entry: an invitation (or an update, when {@code sequence} is higher than the last one
     * sent with this uid), or, {@code cancelled}, the cancellation that removes it — then use a sequence higher than
     * the last request's.
     */
    public static CalendarInvite of(
            boolean cancelled,
            String uid,
            int sequence,
            ZonedDateTime start,
            Duration duration,
            String summary,
            String location,
            String description,
            Person organizer,
            List<Person> attendees) {
        return new CalendarInvite(
                cancelled ? Method.CANCEL : Method.REQUEST,
                cancelled,
                uid,
                sequence,
                start,
                duration,
                summary,
                location,
                description,
                organizer,
                attendees);
    }

    /** An invitation, or an update when {@code sequence} is higher than the last one sent with this uid. */
    public static CalendarInvite request(
            String uid,
            int sequence,
            ZonedDateTime start,
            Duration duration,
            String summary,
            String location,
            String description,
            Person organizer,
            List<Person> attendees) {
        return of(false, uid, sequence, start, duration, summary, location, description, organizer, attendees);
    }

    /** Removes the event from the attendees' calendars; use a sequence higher than the last request's. */
    public static CalendarInvite cancel(
            String uid,
            int sequence,
            ZonedDateTime start,
            Duration duration,
            String summary,
            String location,
            String description,
            Person organizer,
            List<Person> attendees) {
        return of(true, uid, sequence, start, duration, summary, location, description, organizer, attendees);
    }

    /**
     * The same event, its times written in {@code zone} (the recipient's or the downloader's): the same instant, the
     * .ics then says DTSTART;TZID=that zone with its VTIMEZONE.
     */
    public CalendarInvite inZone(ZoneId zone) {
        return new CalendarInvite(
                method,
                cancelled,
                uid,
                sequence,
                start.withZoneSameInstant(zone),
                duration,
                summary,
                location,
                description,
                organizer,
                attendees);
    }

    /**
     * The same event for someone adding it to their own calendar: METHOD:PUBLISH with the organiser and no attendees
     * (RFC 5546 §3.2.1), so no calendar offers to reply; a cancelled event stays STATUS:CANCELLED.
     */
    public CalendarInvite published() {
        return new CalendarInvite(
                Method.PUBLISH,
                cancelled,
                uid,
                sequence,
                start,
                duration,
                summary,
                location,
                description,
                organizer,
                List.of());
    }

    public ZonedDateTime end() {
        return start.plus(duration);
    }

    public String filename() {
        return switch (method) {
            case CANCEL -> "cancel.ics";
            case REQUEST -> "invite.ics";
            case PUBLISH -> "event.ics";
        };
    }

    /** The MIME type of the calendar part, with the method calendar programs look for. */
    public String contentType() {
        return "text/calendar; method=" + method.name() + "; charset=UTF-8";
    }

    /** The VCALENDAR text, folded at 75 octets; {@code stamp} is the DTSTAMP, the moment the message was made. */
    public String toIcs(Instant stamp) {
        return toIcs(method, List.of(this), stamp);
    }

    /**
     * Several events in one VCALENDAR (a subscription feed, say), each zone's VTIMEZONE once; {@code method} is the
     * calendar's (PUBLISH for a feed). Folded at 75 octets; {@code stamp} is every event's DTSTAMP.
     */
    public static String toIcs(Method method, List<CalendarInvite> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Triad//Triad coaching//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(
                switch (method) {
                    case CANCEL -> ImmutableMethod.CANCEL;
                    case REQUEST -> ImmutableMethod.REQUEST;
                    case PUBLISH -> ImmutableMethod.PUBLISH;
                });
        Set<String> zonesAdded = new HashSet<>();
        for (CalendarInvite invite : events) {
            TimeZone zone = invite.timeZone();
            if (zone != null && zonesAdded.add(zone.getID())) {
                calendar.add(zone.getVTimeZone());
            }
        }
        for (CalendarInvite invite : events) {
            calendar.add(invite.event(stamp));
        }
        return fold(calendar.toString());
    }

    /** A named zone travels as TZID plus its VTIMEZONE; a bare offset (or a zone ical4j does not know) as UTC. */
    private TimeZone timeZone() {
        return start.getZone() instanceof ZoneOffset
                ? null
                : TIME_ZONES.getTimeZone(start.getZone().getId());
    }

    private VEvent event(Instant stamp) {
        VEvent event = new VEvent(false);
        event.add(new DtStamp(stamp));
        event.add(new Uid(uid));
        event.add(new Sequence(sequence));
        if (timeZone() != null) {
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end()));
        } else {
            event.add(new DtStart<>(start.toInstant()));
            event.add(new DtEnd<>(end().toInstant()));
        }
        event.add(new Summary(summary));
        if (location != null && !location.isBlank()) {
            event.add(new Location(location));
        }
        if (description != null && !description.isBlank()) {
            event.add(new Description(description));
        }
        Organizer organizerProperty = new Organizer(mailto(organizer));
        organizerProperty.add(new Cn(organizer.name()));
        event.add(organizerProperty);
        for (Person person : attendees) {
            Attendee attendee = new Attendee(mailto(person));
            attendee.add(new Cn(person.name()));
            attendee.add(net.fortuna.ical4j.model.parameter.Role.REQ_PARTICIPANT);
            if (method == Method.REQUEST) {
                attendee.add(PartStat.NEEDS_ACTION);
                attendee.add(Rsvp.TRUE);
            }
            event.add(attendee);
        }
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /**
     * Folds every content line longer than 75 octets of UTF-8 (RFC 5545 §3.1): a CRLF and one space before each
     * continuation, which counts towards its 75. A character is never cut: a fold falls between code points.
     */
    public static String fold(String ics) {
        StringBuilder folded = new StringBuilder(ics.length() + ics.length() / 64 * 3);
        String[] lines = ics.split("\r\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (n > 0) {
                folded.append("\r\n");
            }
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Octets(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    folded.append("\r\n ");
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
        }
        return folded.toString();
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static URI mailto(Person person) {
        return URI.create("mailto:" + person.email().strip());
    }
}
