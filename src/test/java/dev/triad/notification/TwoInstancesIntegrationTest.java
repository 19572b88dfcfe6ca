package dev.triad.notification;

import com.zaxxer.hikari.HikariDataSource;
import dev.triad.TriadApplication;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.TestMailServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Triad instances on one database: this test's application and a second one started here.
 * Both senders run at once; every message reaches the SMTP server once. The housekeeping job,
 * started on both at the same moment, runs on one of them (ShedLock).
 */
@MailIntegrationTest
class TwoInstancesIntegrationTest {

    static ConfigurableApplicationContext second;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderMails reminders;

    @Autowired
    SessionService sessions;

    @BeforeAll
    static void startSecondInstance(@Autowired DataSource dataSource) {
        HikariDataSource hikari = (HikariDataSource) dataSource;
        second = new SpringApplicationBuilder(TriadApplication.class)
                .run(
                        "--spring.datasource.url=" + hikari.getJdbcUrl(),
                        "--spring.datasource.username=" + hikari.getUsername(),
                        "--spring.datasource.password=" + hikari.getPassword(),
                        "--server.port=0",
                        "--spring.mail.host=" + TestMailServer.HOST,
                        "--spring.mail.port=" + TestMailServer.PORT,
                        "--triad.notifications.batch-size=3",
                        "--triad.scheduling.enabled=false",
                        "--triad.demo.enabled=false",
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void twoInstancesSendingAtOnceDeliverEachMessageOnce() throws Exception {
        TestMailServer.start();
        List<User> recipients = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            User person = fixtures.person(Role.CLIENT);
            recipients.add(person);
            notifications.send(
                    Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(person), "Message " + i, "/"));
        }
        OutboxSender other = second.getBean(OutboxSender.class);
        assertThat(other).isNotSameAs(sender);

        int[] tried = runTogether(() -> drain(sender), () -> drain(other));

        assertThat(tried[0] + tried[1]).isGreaterThanOrEqualTo(recipients.size());
        assertThat(tried[0]).as("this instance sent some").isPositive();
        assertThat(tried[1]).as("the other instance sent some").isPositive();
        for (User person : recipients) {
            assertThat(TestMailServer.to(person.getEmail()))
                    .as(person.getEmail())
                    .hasSize(1);
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where status <> 'SENT' and recipient_email in ("
                                + String.join(
                                        ",",
                                        recipients.stream()
                                                .map(r -> "'" + r.getEmail() + "'")
                                                .toList()) + ")",
                        Long.class))
                .isZero();
    }

    @Test
    void aShedLockedJobStartedOnBothInstancesAtOnceRunsOnOne() throws Exception {
        OutboxHousekeeping otherHousekeeping = second.getBean(OutboxHousekeeping.class);
        int before = housekeeping.runs() + otherHousekeeping.runs();
        runTogether(
                () -> {
                    housekeeping.forgetOldMessages();
                    return 0;
                },
                () -> {
                    otherHousekeeping.forgetOldMessages();
                    return 0;
                });
        assertThat(housekeeping.runs() + otherHousekeeping.runs() - before).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'outbox-housekeeping'", Long.class))
                .isOne();
    }

    @Test
    void theSessionReminderJobStartedOnBothInstancesRemindsEachPersonOnce() throws Exception {
        Triad triad = fixtures.aTriad();
        sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusHours(5).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        SessionFormat.PHONE,
                        null),
                fixtures.principal(triad.coach()));
        ReminderMails otherReminders = second.getBean(ReminderMails.class);
        runTogether(
                () -> {
                    reminders.sessionsComingUp();
                    return 0;
                },
                () -> {
                    otherReminders.sessionsComingUp();
                    return 0;
                });
        for (User person : List.of(triad.client(), triad.coach())) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from outbox_message where recipient_email = ? and kind = 'SESSION_REMINDER'",
                            Long.class,
                            person.getEmail()))
                    .as(person.getEmail())
                    .isOne();
        }
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'session-reminders'", Long.class))
                .isOne();
    }

    /** Sends batches until nothing is due; returns how many messages this sender tried. */
    static int drain(OutboxSender sender) {
        int total = 0;
        for (int n = sender.sendDue(); n > 0; n = sender.sendDue()) {
            total += n;
        }
        return total;
    }

    /** Runs both at the same moment on two threads. */
    static int[] runTogether(Callable<Integer> first, Callable<Integer> second) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> a = threads.submit(() -> {
                start.await();
                return first.call();
            });
            Future<Integer> b = threads.submit(() -> {
                start.await();
                return second.call();
            });
            return new int[] {a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS)};
        } finally {
            threads.shutdownNow();
        }
    }
}
