package dev.triad.booking;

import dev.triad.notification.OutboxSender;
import dev.triad.programme.Programmes;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static dev.triad.booking.BookingScene.london;
import static org.assertj.core.api.Assertions.assertThat;

@MailIntegrationTest
class BookingMailsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    CoachAvailability availability;

    @Autowired
    BookingService booking;

    @Autowired
    OutboxSender sender;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void clientAndCoachBothGetTheInvitationOfABookedSessionAtOnce() {
        Triad t = new BookingScene(fixtures, programmes, availability, jdbc).bookable();
        Instant slot = london(4, 10);

        var session = booking.book(t.id(), slot, fixtures.principal(t.client()));
        sender.sendDue(Instant.now(), List.of(t.client().getEmail(), t.coach().getEmail()));

        for (var person : List.of(t.client(), t.coach())) {
            List<MimeMessage> mails = TestMailServer.to(person.getEmail());
            assertThat(mails)
                    .as(person.getEmail())
                    .anySatisfy(mail -> assertThat(Mails.first(mail, "text/calendar"))
                            .hasValueSatisfying(ics -> assertThat(ics.text())
                                    .contains("METHOD:REQUEST")
                                    .contains("UID:" + session.getCalendarUid())));
        }
        // each is told who booked: the client herself, not her coach
        assertThat(TestMailServer.to(t.client().getEmail()))
                .anySatisfy(mail -> assertThat(Mails.text(mail))
                        .contains("Your coaching session with " + t.coach().getFullName() + " is booked.")
                        .doesNotContain("scheduled a coaching session with you"));
        assertThat(TestMailServer.to(t.coach().getEmail()))
                .anySatisfy(mail -> assertThat(Mails.text(mail))
                        .contains(t.client().getFullName() + " booked a coaching session with you."));
    }
}
