package dev.triad.notification;

import dev.triad.account.User;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions scheduled, moved and cancelled write calendar mails to the outbox in the same transaction; runs of cancellations mail HR. */
@IntegrationTest
class SessionMailsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    OutboxMessages outbox;

    List<OutboxMessage> calendarMailsTo(User user) {
        return outbox.findByRecipientEmailOrderById(user.getEmail()).stream()
                .filter(m -> m.getKind() == NotificationKind.CALENDAR_UPDATE)
                .toList();
    }

    @Test
    void scheduledMovedAndCancelledSessionsSendCalendarMailsWithOneUidAndRisingSequence() {
        Triad triad = fixtures.aTriad();
        var coach = fixtures.principal(triad.coach());
        var client = fixtures.principal(triad.client());
        CoachingSession session = sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        SessionFormat.VIDEO,
                        "https://meet.example/abc"),
                coach);
        sessions.writeAgenda(triad.id(), session.getId(), session.getVersion(), "Secret agenda topic", client);

        assertThat(calendarMailsTo(triad.client())).singleElement().satisfies(mail -> {
            assertThat(mail.getAttachmentText())
                    .contains("METHOD:REQUEST")
                    .contains("UID:" + session.getCalendarUid())
                    .contains("SEQUENCE:0");
            assertThat(mail.getTextBody())
                    .contains(triad.client().getFullName())
                    .contains("/engagements/" + triad.id() + "/sessions/" + session.getId())
                    .contains("Cancel: http://localhost:8080/engagements/" + triad.id() + "/sessions/" + session.getId()
                            + "/cancel")
                    .contains("/sessions/" + session.getId() + "/move")
                    .doesNotContain("less than 48 hours"); // five days ahead: cancelling is still in time
        });

        // the coach is told too, with the same calendar entry (the coach organises it)
        assertThat(calendarMailsTo(triad.coach())).singleElement().satisfies(mail -> {
            assertThat(mail.getAttachmentText())
                    .contains("METHOD:REQUEST")
                    .contains("UID:" + session.getCalendarUid())
                    .contains("SEQUENCE:0");
            assertThat(mail.getTextBody())
                    .contains(triad.client().getFullName())
                    .contains("/engagements/" + triad.id() + "/sessions/" + session.getId());
        });

        CoachingSession moved = sessions.move(
                        triad.id(),
                        session.getId(),
                        LocalDateTime.now().plusDays(9).truncatedTo(ChronoUnit.MINUTES),
                        null,
                        coach)
                .to();
        assertThat(calendarMailsTo(triad.client()))
                .hasSize(2)
                .last()
                .satisfies(mail -> assertThat(mail.getAttachmentText())
                        .contains("METHOD:REQUEST")
                        .contains("UID:" + session.getCalendarUid())
                        .contains("SEQUENCE:1"));
        assertThat(calendarMailsTo(triad.coach())).hasSize(2);

        sessions.cancel(triad.id(), moved.getId(), "Travel", client);
        assertThat(calendarMailsTo(triad.client())).hasSize(3).last().satisfies(mail -> {
            assertThat(mail.getAttachmentText())
                    .contains("METHOD:CANCEL")
                    .contains("UID:" + session.getCalendarUid())
                    .contains("SEQUENCE:2");
            assertThat(mail.getTextBody()).doesNotContain("/cancel").doesNotContain("/move");
        });

        for (User person : List.of(triad.client(), triad.coach())) {
            assertThat(outbox.findByRecipientEmailOrderById(person.getEmail()))
                    .allSatisfy(mail -> assertThat(mail.getTextBody() + mail.getHtmlBody() + mail.getAttachmentText())
                            .doesNotContain("Secret agenda topic"));
        }
    }

    @Test
    void twoCancellationsInARowMailEveryHrAdministratorOnce() {
        Triad triad = fixtures.aTriad();
        User hr = fixtures.hr();
        var coach = fixtures.principal(triad.coach());
        var client = fixtures.principal(triad.client());
        CoachingSession first = sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(5).truncatedTo(ChronoUnit.MINUTES), 60, SessionFormat.VIDEO, null),
                coach);
        CoachingSession second = sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(12).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        SessionFormat.VIDEO,
                        null),
                coach);
        sessions.cancel(triad.id(), first.getId(), null, client);
        assertThat(outbox.findByRecipientEmailOrderById(hr.getEmail())).isEmpty();
        sessions.cancel(triad.id(), second.getId(), null, client);
        assertThat(outbox.findByRecipientEmailOrderById(hr.getEmail()))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getKind()).isEqualTo(NotificationKind.ATTENDANCE_ALERT);
                    assertThat(mail.getSubject()).contains(triad.client().getFullName());
                    assertThat(mail.getTextBody())
                            .contains("2 cancelled sessions in a row")
                            .contains("/engagements/" + triad.id() + "/sessions");
                });
    }
}
