package dev.triad.notification;

import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.Page;
import dev.triad.support.TestMailServer;
import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInvite.Person;
import dev.triad.system.CalendarInviteTest;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Delivery through a real SMTP server: outages, retries with back-off, the last attempt, leases of
 * instances that stopped, rolled-back transactions, and a calendar invitation's .ics. The sender is
 * driven with explicit times instead of waiting.
 */
@MailIntegrationTest
class OutboxDeliveryIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void mailServerBackUp() {
        TestMailServer.start();
    }

    Map<String, Object> row(long id) {
        return jdbc.queryForMap(
                "select status, attempts, last_error, next_attempt_at, sent_at from outbox_message where id = ?", id);
    }

    long enqueue(User to, String subject) {
        return notifications
                .send(Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(to), subject, "/"))
                .orElseThrow();
    }

    /**
     * Sends at {@code now} until nothing more is due, as the schedule would over a few runs — the messages to these
     * addresses only: the outbox is shared with every other test (hundreds of their messages wait in it), and this
     * class proves what happens to its own.
     */
    void sendAllDue(Instant now, String... recipients) {
        while (sender.sendDue(now, List.of(recipients)) > 0) {
            // next batch
        }
    }

    @Test
    void aMessageSurvivesAnSmtpOutageWithBackOffAndIsDeliveredOnceWhenTheServerIsBack() {
        User client = fixtures.person(Role.CLIENT);
        long id = enqueue(client, "Your session was moved");
        Instant now = Instant.now();

        TestMailServer.stop();
        sendAllDue(now, client.getEmail());
        Map<String, Object> failed = row(id);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).contains("Connection refused");
        assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
                .isCloseTo(now.plusSeconds(30), within());

        // not due yet: no second attempt during the back-off, even with the server back
        TestMailServer.start();
        sendAllDue(now.plusSeconds(20), client.getEmail());
        assertThat(row(id).get("attempts")).isEqualTo(1);
        assertThat(TestMailServer.to(client.getEmail())).isEmpty();

        // a second failure waits longer (2 minutes)
        TestMailServer.stop();
        sendAllDue(now.plusSeconds(31), client.getEmail());
        assertThat(row(id).get("attempts")).isEqualTo(2);
        assertThat(((java.sql.Timestamp) row(id).get("next_attempt_at")).toInstant())
                .isCloseTo(now.plusSeconds(31 + 120), within());

        TestMailServer.start();
        sendAllDue(now.plusSeconds(31 + 121), client.getEmail());
        Map<String, Object> sent = row(id);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("sent_at")).isNotNull();
        sendAllDue(now.plus(Duration.ofDays(1)), client.getEmail());
        assertThat(TestMailServer.to(client.getEmail()))
                .hasSize(1)
                .allSatisfy(mail -> assertThat(mail.getSubject()).isEqualTo("Your session was moved"));
    }

    static org.assertj.core.data.TemporalUnitOffset within() {
        return org.assertj.core.api.Assertions.within(2, java.time.temporal.ChronoUnit.SECONDS);
    }

    @Test
    void afterTheLastAttemptTheMessageIsFailedAndVisibleAndHrCanSendItAgain() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        long id = enqueue(client, "A message that keeps failing");
        jdbc.update("update outbox_message set attempts = 7 where id = ?", id); // max-attempts is 8
        TestMailServer.stop();
        sendAllDue(Instant.now(), client.getEmail());
        assertThat(row(id).get("status")).isEqualTo("FAILED");
        assertThat(row(id).get("attempts")).isEqualTo(8);
        sendAllDue(Instant.now().plus(Duration.ofDays(2)), client.getEmail());
        assertThat(row(id).get("attempts")).isEqualTo(8); // failed is final until someone retries
        TestMailServer.start();

        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        mvc.perform(get("/outbox").param("status", "FAILED").with(hr))
                .andExpect(Page.texts(
                        "tbody tr",
                        hasItem(allOf(
                                containsString("A message that keeps failing"),
                                containsString("Connection refused")))));
        mvc.perform(get("/outbox/{id}", id).with(hr)).andExpect(Page.texts("button", hasItem("Retry")));
        mvc.perform(post("/outbox/{id}/retry", id).with(hr).with(csrf())).andExpect(redirectedUrl("/outbox/" + id));
        assertThat(row(id).get("status")).isEqualTo("PENDING");
        assertThat(row(id).get("attempts")).isEqualTo(0);

        sendAllDue(Instant.now(), client.getEmail());
        assertThat(row(id).get("status")).isEqualTo("SENT");
        assertThat(TestMailServer.to(client.getEmail())).hasSize(1);
        // a sent message cannot be retried
        mvc.perform(post("/outbox/{id}/retry", id).with(hr).with(csrf()));
        assertThat(row(id).get("status")).isEqualTo("SENT");
    }

    @Test
    void messagesHeldWhileNoMailServerWasConfiguredAreSentOnceHrReleasesThem() throws Exception {
        User one = fixtures.person(Role.CLIENT);
        User two = fixtures.person(Role.CLIENT);
        long first = enqueue(one, "Written while there was no mail server");
        long second = enqueue(two, "Also written then");
        jdbc.update("update outbox_message set status = 'HELD' where id in (?, ?)", first, second);
        sendAllDue(Instant.now(), one.getEmail(), two.getEmail());
        assertThat(TestMailServer.to(one.getEmail())).isEmpty(); // held is not sent by itself

        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        mvc.perform(get("/outbox/{id}", first).with(hr)).andExpect(Page.texts("button", hasItem("Retry")));
        mvc.perform(post("/outbox/{id}/retry", first).with(hr).with(csrf()))
                .andExpect(redirectedUrl("/outbox/" + first));
        // "Retry all held" releases every held message in the database, other tests' too: those are put back as they
        // were, so that they wait for their own tests instead of crowding the outbox every later test sends from
        List<Long> othersHeld = jdbc.queryForList(
                "select id from outbox_message where status = 'HELD' and id <> ?", Long.class, second);
        mvc.perform(post("/outbox/held/retry").with(hr).with(csrf())).andExpect(redirectedUrl("/outbox"));
        assertThat(row(second).get("status")).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where status = 'HELD'", Long.class))
                .isZero();
        jdbc.update("update outbox_message set status = 'HELD' where status = 'PENDING' and id = any(?)", (Object)
                othersHeld.toArray(Long[]::new));
        sendAllDue(Instant.now(), one.getEmail(), two.getEmail());
        assertThat(TestMailServer.to(one.getEmail())).hasSize(1);
        assertThat(TestMailServer.to(two.getEmail())).hasSize(1);
    }

    @Test
    void housekeepingForgetsSentHeldAndFailedMessagesPastTheRetentionAndKeepsTheRest(
            @Autowired OutboxHousekeeping housekeeping) {
        User client = fixtures.person(Role.CLIENT);
        long oldHeld = enqueue(client, "Held long ago");
        long oldFailed = enqueue(client, "Failed long ago");
        long oldPending = enqueue(client, "Still to send");
        long recentHeld = enqueue(client, "Held yesterday");
        java.sql.Timestamp longAgo = java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(400)));
        jdbc.update("update outbox_message set status = 'HELD', created_at = ? where id = ?", longAgo, oldHeld);
        jdbc.update("update outbox_message set status = 'FAILED', created_at = ? where id = ?", longAgo, oldFailed);
        jdbc.update("update outbox_message set created_at = ? where id = ?", longAgo, oldPending);
        jdbc.update(
                "update outbox_message set status = 'HELD', created_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(1))),
                recentHeld);

        housekeeping.forgetOlderThan(Instant.now().minus(Duration.ofDays(90))); // the job without its lock

        assertThat(jdbc.queryForList(
                        "select id from outbox_message where id in (?, ?, ?, ?)",
                        Long.class,
                        oldHeld,
                        oldFailed,
                        oldPending,
                        recentHeld))
                .containsExactlyInAnyOrder(oldPending, recentHeld);
    }

    @Test
    void aMessageLeftSendingByAStoppedInstanceIsSentAgainOnceItsLeaseEnds() {
        User client = fixtures.person(Role.CLIENT);
        long stale = enqueue(client, "Claimed by an instance that died");
        User freshRecipient = fixtures.person(Role.CLIENT);
        long fresh = enqueue(freshRecipient, "Claimed by an instance still sending");
        Instant now = Instant.now();
        jdbc.update(
                "update outbox_message set status = 'SENDING', lease_until = ? where id = ?",
                java.sql.Timestamp.from(now.minusSeconds(1)),
                stale);
        jdbc.update(
                "update outbox_message set status = 'SENDING', lease_until = ? where id = ?",
                java.sql.Timestamp.from(now.plusSeconds(60)),
                fresh);

        sendAllDue(now, client.getEmail(), freshRecipient.getEmail());
        assertThat(row(stale).get("status")).isEqualTo("SENT");
        assertThat(row(stale).get("attempts")).isEqualTo(1);
        assertThat(TestMailServer.to(client.getEmail())).hasSize(1);
        assertThat(row(fresh).get("status")).isEqualTo("SENDING"); // its instance may still confirm it
    }

    @Test
    void aRolledBackTransactionSendsNothing() {
        String email = Fixtures.uniqueEmail("rolled-back");
        User someone = fixtures.person(Role.CLIENT);
        transaction.executeWithoutResult(status -> {
            accounts.create(
                    new PersonDetails("Rolf Back", email, null, EnumSet.of(Role.CLIENT), null, null, null), null);
            notifications.send(
                    Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(someone), "Never sent", "/"));
            assertThat(jdbc.queryForObject(
                            "select count(*) from outbox_message where recipient_email in (?, ?)",
                            Long.class,
                            email,
                            someone.getEmail()))
                    .isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_email in (?, ?)",
                        Long.class,
                        email,
                        someone.getEmail()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_notification where user_id = ?", Long.class, someone.getId()))
                .isZero();
        sendAllDue(Instant.now().plus(Duration.ofDays(1)), email, someone.getEmail());
        assertThat(TestMailServer.to(email)).isEmpty();
        assertThat(TestMailServer.to(someone.getEmail())).isEmpty();
    }

    @Test
    void aCalendarInvitationArrivesWithItsIcsThatParsesWithTheRightUidSequenceAndTime() throws Exception {
        // a client in New York reads it in New York time (an invitation is re-zoned to each recipient's zone)
        User client = fixtures.inZone(fixtures.person(Role.CLIENT), ZoneId.of("America/New_York"));
        User coach = fixtures.person(Role.COACH);
        ZonedDateTime start = ZonedDateTime.of(2027, 3, 4, 15, 30, 0, 0, ZoneId.of("America/New_York"));
        CalendarInvite invite = CalendarInvite.request(
                "session-77@triad",
                2,
                start,
                Duration.ofMinutes(60),
                "Coaching session",
                "Video call",
                null,
                new Person(coach.getFullName(), coach.getEmail()),
                List.of(new Person(client.getFullName(), client.getEmail())));
        notifications.send(Notification.of(
                        NotificationKind.CALENDAR_UPDATE,
                        Recipient.of(client),
                        "Coaching session moved",
                        "/engagements/1")
                .with("summary", coach.getFullName() + " moved your coaching session.")
                .withCalendar(invite));
        sendAllDue(Instant.now(), client.getEmail());

        MimeMessage mail = TestMailServer.to(client.getEmail()).get(0);
        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        assertThat(Mails.text(mail))
                .contains("Dear " + client.getFullName() + ",")
                .contains(coach.getFullName() + " moved your coaching session.")
                .contains("When: Thu 4 Mar 2027, 15:30–16:30 EST")
                .contains("Details in Triad: http://localhost:8080/engagements/1");
        assertThat(Mails.html(mail)).contains("Thu 4 Mar 2027, 15:30–16:30 EST");
        List<Mails.Piece> calendars =
                Mails.pieces(mail).stream().filter(p -> p.is("text/calendar")).toList();
        assertThat(calendars).hasSize(2);
        assertThat(calendars)
                .allSatisfy(p ->
                        assertThat(p.contentType()).contains("method=REQUEST").containsIgnoringCase("charset=UTF-8"));
        assertThat(calendars).anySatisfy(p -> assertThat(p.filename()).isEqualTo("invite.ics"));

        Calendar calendar = CalendarInviteTest.parse(calendars.get(0).text());
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        VEvent event = CalendarInviteTest.event(calendar);
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("session-77@triad");
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue())
                .isEqualTo("2");
        DtStart<Temporal> dtStart = event.getDateTimeStart();
        assertThat(dtStart.getParameter("TZID").orElseThrow().getValue()).isEqualTo("America/New_York");
        assertThat(Instant.from(dtStart.getDate())).isEqualTo(Instant.parse("2027-03-04T20:30:00Z"));
        assertThat(Instant.from(event.getEndDate().orElseThrow().getDate()))
                .isEqualTo(Instant.parse("2027-03-04T21:30:00Z"));
    }
}
