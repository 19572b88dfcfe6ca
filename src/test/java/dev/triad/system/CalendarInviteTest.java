package dev.triad.system;

import dev.triad.system.CalendarInvite.Person;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

public class CalendarInviteTest {

    public static final ZonedDateTime START = ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));
    public static final Person COACH = new Person("Carmen Okafor", "coach@example.test");
    public static final Person CLIENT = new Person("Chris Morgan", "client@example.test");

    /** Parses an .ics with ical4j, as a calendar program would. */
    public static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    public static VEvent event(Calendar calendar) {
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    @Test
    void anInvitationParsesWithItsUidSequenceMethodAndTimesInItsTimeZone() throws Exception {
        String ics = CalendarInvite.request(
                        "session-42@triad",
                        3,
                        START,
                        Duration.ofMinutes(90),
                        "Coaching session",
                        "Video call",
                        "Details in Triad: http://localhost:8080/engagements/4",
                        COACH,
                        List.of(CLIENT))
                .toIcs(Instant.parse("2026-11-21T10:00:00Z"));

        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = event(calendar);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-42@triad");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("3");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");

        DtStart<Temporal> start = event.getDateTimeStart();
        DtEnd<Temporal> end = event.getEndDate().orElseThrow();
        // 10:00 in Paris in December is 09:00 UTC, and the zone travels by name with its definition
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2026-12-03T09:00:00Z"));
        assertThat(Instant.from(end.getDate())).isEqualTo(Instant.parse("2026-12-03T10:30:00Z"));
        assertThat(calendar.<VTimeZone>getComponent("VTIMEZONE")
                        .orElseThrow()
                        .getProperty(Property.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("Europe/Paris");
        assertThat(ics)
                .contains("DTSTART;TZID=Europe/Paris:20261203T100000")
                .contains("DTEND;TZID=Europe/Paris:20261203T113000");

        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:coach@example.test");
        assertThat(event.<Property>getProperties(Property.ATTENDEE).stream()
                        .map(Property::getValue)
                        .toList())
                .containsExactly("mailto:client@example.test");
        assertThat(ics.replace("\r\n ", "")).contains("CN=Chris Morgan").contains("RSVP=TRUE");
    }

    @Test
    void aSummerTimeIsRightToo() throws Exception {
        ZonedDateTime july = ZonedDateTime.of(2027, 7, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris"));
        String ics = CalendarInvite.request(
                        "s@triad", 0, july, Duration.ofHours(1), "Session", null, null, COACH, List.of(CLIENT))
                .toIcs(Instant.now());
        DtStart<Temporal> start = event(parse(ics)).getDateTimeStart();
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2027-07-01T08:00:00Z"));
    }

    @Test
    void aCancellationKeepsTheUidWithAHigherSequence() throws Exception {
        String ics = CalendarInvite.cancel(
                        "session-42@triad",
                        4,
                        START,
                        Duration.ofMinutes(90),
                        "Coaching session",
                        null,
                        null,
                        COACH,
                        List.of(CLIENT))
                .toIcs(Instant.now());
        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("CANCEL");
        VEvent event = event(calendar);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-42@triad");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("4");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aBareOffsetGoesOutAsUtc() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.ofHours(2));
        String ics = CalendarInvite.request(
                        "s@triad", 0, start, Duration.ofHours(1), "Session", null, null, COACH, List.of())
                .toIcs(Instant.now());
        assertThat(ics).contains("DTSTART:20261203T080000Z").doesNotContain("VTIMEZONE");
        assertThat(Instant.from(event(parse(ics)).getDateTimeStart().getDate()))
                .isEqualTo(Instant.parse("2026-12-03T08:00:00Z"));
    }

    @Test
    void theContentTypeNamesTheMethod() {
        CalendarInvite invite =
                CalendarInvite.request("s@triad", 0, START, Duration.ofHours(1), "S", null, null, COACH, List.of());
        assertThat(invite.contentType()).isEqualTo("text/calendar; method=REQUEST; charset=UTF-8");
        assertThat(invite.filename()).isEqualTo("invite.ics");
    }

    @Test
    void everyLineIsFoldedAtSeventyFiveOctetsWithoutCuttingACharacterAndParsesBackWhole() throws Exception {
        String name = "Zoë Ångström-Ñúñez 会議室 🙂";
        String description = "Open the session in Triad: https://triad.example.org/engagements/1234/sessions/5678 — "
                + String.join(" ", java.util.Collections.nCopies(6, name));
        Person client = new Person(name, "zoe.angstrom-nunez.with.a.long.address@subsidiary.example.org");
        CalendarInvite invite = CalendarInvite.request(
                "session-42@triad",
                3,
                START,
                Duration.ofMinutes(90),
                "Coaching session: " + name.repeat(3),
                name.repeat(4) + ", room 4",
                description,
                COACH,
                List.of(client));
        for (CalendarInvite each : List.of(invite, invite.published())) {
            String ics = each.toIcs(Instant.parse("2026-11-21T10:00:00Z"));
            assertThat(ics).endsWith("\r\n");
            List<String> lines = List.of(ics.split("\r\n"));
            assertThat(lines).filteredOn(line -> line.startsWith(" ")).isNotEmpty();
            for (String line : lines) {
                byte[] octets = line.getBytes(StandardCharsets.UTF_8);
                assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
                assertThat(strictUtf8(octets))
                        .as("a line that decodes alone: no character cut in two")
                        .isEqualTo(line);
            }
            assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

            VEvent event = event(parse(ics));
            assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                    .isEqualTo(description);
            assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                    .isEqualTo(name.repeat(4) + ", room 4");
            assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue())
                    .isEqualTo("Coaching session: " + name.repeat(3));
        }
    }

    @Test
    void foldingCutsAsciiAt75OctetsAndMultiByteCharactersBetweenThem() {
        String ascii = "DESCRIPTION:" + "x".repeat(200);
        assertThat(CalendarInvite.fold(ascii + "\r\n").split("\r\n"))
                .extracting(String::length)
                .containsExactly(75, 75, 64);
        assertThat(CalendarInvite.fold(ascii + "\r\n").replace("\r\n ", "")).isEqualTo(ascii + "\r\n");

        // 74 ASCII octets, then a 3-octet euro sign that would end at octet 77: it moves whole to the next line
        String euro = "X-NOTE:" + "a".repeat(67) + "€€";
        String[] folded = CalendarInvite.fold(euro).split("\r\n");
        assertThat(folded).containsExactly("X-NOTE:" + "a".repeat(67), " €€");
        assertThat(CalendarInvite.fold("SHORT:line\r\n")).isEqualTo("SHORT:line\r\n");
        assertThat(CalendarInvite.fold("X:" + "a".repeat(73))).doesNotContain("\r\n"); // exactly 75 octets: not folded
        assertThat(CalendarInvite.fold("X:" + "a".repeat(72) + "🙂").split("\r\n"))
                .containsExactly("X:" + "a".repeat(72), " 🙂");
    }

    @Test
    void aDownloadIsAPublishedEventThatAsksNobodyToReply() throws Exception {
        CalendarInvite request = CalendarInvite.request(
                "session-42@triad",
                3,
                START,
                Duration.ofMinutes(90),
                "Coaching session",
                "Video call",
                "Details in Triad",
                COACH,
                List.of(CLIENT));
        String ics = request.published().toIcs(Instant.parse("2026-11-21T10:00:00Z"));
        Calendar calendar = parse(ics);
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        VEvent event = event(calendar);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-42@triad");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("3");
        assertThat(event.getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CONFIRMED");
        assertThat(event.getProperty(Property.ORGANIZER).orElseThrow().getValue())
                .isEqualTo("mailto:coach@example.test");
        assertThat(event.<Property>getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(ics).doesNotContain("RSVP").doesNotContain("NEEDS-ACTION");
        assertThat(request.published().contentType()).isEqualTo("text/calendar; method=PUBLISH; charset=UTF-8");

        String cancelled = CalendarInvite.cancel(
                        "session-42@triad",
                        4,
                        START,
                        Duration.ofMinutes(90),
                        "Coaching session",
                        null,
                        null,
                        COACH,
                        List.of(CLIENT))
                .published()
                .toIcs(Instant.now());
        Calendar cancelledCalendar = parse(cancelled);
        assertThat(cancelledCalendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("PUBLISH");
        assertThat(event(cancelledCalendar)
                        .getProperty(Property.STATUS)
                        .orElseThrow()
                        .getValue())
                .isEqualTo("CANCELLED");
    }

    @Test
    void invitationsCancellationsAndDownloadsPassTheParsersValidation() throws Exception {
        CalendarInvite request = CalendarInvite.request(
                "session-42@triad",
                3,
                START,
                Duration.ofMinutes(90),
                "Coaching session",
                "Video call",
                "Details in Triad",
                COACH,
                List.of(CLIENT));
        CalendarInvite cancel = CalendarInvite.cancel(
                "session-42@triad",
                4,
                START,
                Duration.ofMinutes(90),
                "Coaching session",
                null,
                null,
                COACH,
                List.of(CLIENT));
        for (CalendarInvite invite : List.of(request, cancel, request.published(), cancel.published())) {
            var result = parse(invite.toIcs(Instant.now())).validate();
            assertThat(result.hasErrors())
                    .as(invite.method() + ": "
                            + result.getEntries().stream().map(Object::toString).collect(Collectors.joining("; ")))
                    .isFalse();
        }
    }

    private static String strictUtf8(byte[] octets) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(octets))
                .toString();
    }
}
