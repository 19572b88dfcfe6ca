package dev.triad.notification;

import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import dev.triad.system.Days;
import dev.triad.system.Zones;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bug measured in issue 19: an organisation in Europe/Berlin on a machine in UTC booked a session for 09:00 and
 * its email said "10:00–11:00 (Etc/UTC)", its calendar file TZID=Etc/UTC. People without a zone of their own read the
 * organisation's: 09:00 Berlin time, TZID=Europe/Berlin, whatever the machine's zone.
 */
@MailIntegrationTest
@TestPropertySource(properties = "triad.time-zone=Europe/Berlin")
class BerlinOrganisationMailIntegrationTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    OutboxSender sender;

    @Test
    void aSessionBookedForNineIsAtNineInItsMailAndCalendarFile() throws Exception {
        Triad t = fixtures.aTriad();
        LocalDate day = LocalDate.now(BERLIN).plusDays(7);
        CoachingSession session = sessions.schedule(
                t.id(), new NewSession(day.atTime(9, 0), 60, SessionFormat.VIDEO, null), fixtures.principal(t.coach()));
        assertThat(session.getStartsAt())
                .isEqualTo(day.atTime(9, 0).atZone(BERLIN).toInstant());

        sender.sendDue(Instant.now(), List.of(t.client().getEmail()));
        MimeMessage mail = TestMailServer.to(t.client().getEmail()).stream()
                .filter(m -> Mails.first(m, "text/calendar").isPresent())
                .findFirst()
                .orElseThrow();
        String abbreviation = Zones.abbreviation(BERLIN, session.getStartsAt()); // CET, or CEST in summer
        assertThat(Mails.text(mail))
                .contains("When: "
                        + Days.whenRange(
                                session.getStartsAt().atZone(BERLIN),
                                session.getStartsAt().plusSeconds(3600).atZone(BERLIN)))
                .contains(", 09:00–10:00 " + abbreviation)
                .doesNotContain("Etc/UTC");
        assertThat(Mails.first(mail, "text/calendar").orElseThrow().text())
                .contains("DTSTART;TZID=Europe/Berlin:" + day.toString().replace("-", "") + "T090000")
                .contains("TZID:Europe/Berlin")
                .doesNotContain("Etc/UTC");
    }
}
