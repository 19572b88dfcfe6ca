package dev.triad.notification;

import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import dev.triad.system.CalendarInviteTest;
import dev.triad.system.Days;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each copy of a calendar mail, as the SMTP server received it, is in its own recipient's zone: the coach in London,
 * the client in New York and the leader in Singapore each read their local time with its abbreviation, and each .ics
 * carries their zone as TZID with its VTIMEZONE — and all of them describe one instant.
 */
@MailIntegrationTest
class MailsInEachZoneIntegrationTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId SINGAPORE = ZoneId.of("Asia/Singapore");

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    AlignmentService alignment;

    @Autowired
    OutboxSender sender;

    record Copy(String text, String html, Calendar calendar, String ics) {}

    Triad triadAcrossThreeZones() {
        Triad t = fixtures.aTriad();
        fixtures.inZone(t.coach(), LONDON);
        fixtures.inZone(t.client(), NEW_YORK);
        fixtures.inZone(t.leader(), SINGAPORE);
        return t;
    }

    /** The last calendar mail {@code user} received. */
    Copy lastCalendarMail(User user) throws Exception {
        sender.sendDue(Instant.now(), List.of(user.getEmail()));
        List<MimeMessage> mails = TestMailServer.to(user.getEmail()).stream()
                .filter(mail -> Mails.first(mail, "text/calendar").isPresent())
                .toList();
        assertThat(mails).as("calendar mails to " + user.getEmail()).isNotEmpty();
        MimeMessage mail = mails.get(mails.size() - 1);
        String ics = Mails.first(mail, "text/calendar").orElseThrow().text();
        return new Copy(Mails.text(mail), Mails.html(mail), CalendarInviteTest.parse(ics), ics);
    }

    static void assertInZone(Copy copy, ZoneId zone, Instant start, Instant end) {
        String when = Days.whenRange(start.atZone(zone), end.atZone(zone));
        assertThat(copy.text()).contains("When: " + when);
        assertThat(copy.html()).contains(when);
        VEvent event = CalendarInviteTest.event(copy.calendar());
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo(zone.getId());
        assertThat(Instant.from(dtStart.getDate())).isEqualTo(start);
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate())).isEqualTo(end);
        assertThat(copy.calendar()
                        .<VTimeZone>getComponent("VTIMEZONE")
                        .orElseThrow()
                        .getProperty(Property.TZID)
                        .orElseThrow()
                        .getValue())
                .isEqualTo(zone.getId());
        assertThat(copy.ics()).doesNotContain("TZID=Etc/UTC");
    }

    @Test
    void anAlignmentMeetingsInvitationIsInEachOfTheThreeZones() throws Exception {
        Triad t = triadAcrossThreeZones();
        AlignmentMeeting meeting = alignment.schedule(
                t.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusDays(6).truncatedTo(ChronoUnit.HOURS),
                        90,
                        "Board room"),
                fixtures.principal(t.coach()));
        Instant start = meeting.getStartsAt();
        Instant end = start.plus(java.time.Duration.ofMinutes(90));

        Map<User, ZoneId> people = Map.of(t.coach(), LONDON, t.client(), NEW_YORK, t.leader(), SINGAPORE);
        for (Map.Entry<User, ZoneId> person : people.entrySet()) {
            assertInZone(lastCalendarMail(person.getKey()), person.getValue(), start, end);
        }
        // the three wall times differ (London, New York, Singapore are never on one clock)
        assertThat(Days.when(start.atZone(LONDON)))
                .isNotEqualTo(Days.when(start.atZone(NEW_YORK)))
                .isNotEqualTo(Days.when(start.atZone(SINGAPORE)));
    }

    @Test
    void aSessionsInvitationMoveAndCancellationAreInTheCoachsAndTheClientsZones() throws Exception {
        Triad t = triadAcrossThreeZones();
        CoachingSession session = sessions.schedule(
                t.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.HOURS), 60, SessionFormat.VIDEO, null),
                fixtures.principal(t.coach()));
        Instant start = session.getStartsAt();
        assertInZone(lastCalendarMail(t.coach()), LONDON, start, start.plusSeconds(3600));
        assertInZone(lastCalendarMail(t.client()), NEW_YORK, start, start.plusSeconds(3600));

        sessions.cancel(t.id(), session.getId(), "Travel", fixtures.principal(t.client()));
        Copy cancelled = lastCalendarMail(t.client());
        assertThat(cancelled.ics()).contains("METHOD:CANCEL");
        assertThat(cancelled.text())
                .contains(Days.whenRange(
                        start.atZone(NEW_YORK), start.plusSeconds(3600).atZone(NEW_YORK)));
        assertThat(CalendarInviteTest.event(cancelled.calendar())
                        .getDateTimeStart()
                        .getParameter("TZID")
                        .orElseThrow()
                        .getValue())
                .isEqualTo(NEW_YORK.getId());
    }
}
