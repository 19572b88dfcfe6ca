package dev.triad.notification;

import dev.triad.notification.MailComposer.Outgoing;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Delivers the outbox over SMTP. Every instance runs it (no ShedLock here): claims are made with
 * {@code SELECT … FOR UPDATE SKIP LOCKED} in a short transaction that marks the messages SENDING
 * with a lease, so two instances never claim the same message and several can send in parallel.
 * The SMTP conversation happens outside any transaction; then the message is marked SENT, or
 * PENDING again with a back-off, by a conditional update on its status and version: only the
 * instance holding the lease can mark it, exactly once.
 *
 * <p>SMTP cannot be exactly-once. If an instance dies after the SMTP server accepted a message and
 * before it marked it SENT, the message stays SENDING until its lease ends; then any instance puts it
 * back to PENDING (counting the attempt) and it is sent again: at-least-once, with a possible
 * duplicate only in that window. The lease ({@code triad.notifications.lease}, longer than the SMTP
 * timeouts in application.properties) bounds how long such a message waits, and nothing else can
 * cause a second delivery: a live instance's failure is recorded before the message is released.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ERROR = 1000;
    private static final String STALE_LEASE =
            "The instance sending this message stopped before confirming it; it may have gone out once already";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailComposer composer;
    private final NotificationProperties properties;
    private final Clock clock;

    OutboxSender(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            ObjectProvider<JavaMailSender> mailSender,
            MailComposer composer,
            NotificationProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailSender = mailSender;
        this.composer = composer;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${triad.notifications.send-interval:PT5S}",
            fixedDelayString = "${triad.notifications.send-interval:PT5S}")
    void sendScheduled() {
        try {
            sendDue(clock.instant());
        } catch (RuntimeException e) {
            // the database may be briefly away: the next run tries again
            log.warn("Outbox run failed: {}", e.toString());
        }
    }

    /** Sends what is due at the clock's time. */
    public int sendDue() {
        return sendDue(clock.instant());
    }

    /**
     * Releases stale leases, claims up to a batch of messages due at {@code now} and tries each once.
     *
     * @return how many messages were tried (sent or failed); 0 without a mail server
     */
    public int sendDue(Instant now) {
        return sendDue(now, null);
    }

    /**
     * The same, for the messages to these addresses only (all when {@code recipients} is null): a test that shares the
     * database with others sends its own messages, not the hundreds the others left in the outbox.
     */
    public int sendDue(Instant now, Collection<String> recipients) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        if (recipients != null && recipients.isEmpty()) {
            return 0;
        }
        Scope scope = Scope.of(recipients);
        List<Outgoing> claimed = transaction.execute(status -> {
            releaseStaleLeases(now, scope);
            return claim(now, scope);
        });
        for (Outgoing message : claimed) {
            deliver(sender, message, now);
        }
        return claimed.size();
    }

    /** "and recipient_email in (…)" with its values, or nothing for every message. */
    private record Scope(String sql, List<Object> values) {
        static Scope of(Collection<String> recipients) {
            return recipients == null
                    ? new Scope("", List.of())
                    : new Scope(
                            " and recipient_email in (" + String.join(", ", Collections.nCopies(recipients.size(), "?"))
                                    + ")",
                            List.copyOf(recipients));
        }

        Object[] after(Object... values) {
            List<Object> all = new ArrayList<>(List.of(values));
            all.addAll(this.values);
            return all.toArray();
        }
    }

    private void releaseStaleLeases(Instant now, Scope scope) {
        int released =
                jdbc.update("""
                update outbox_message
                   set status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end,
                       attempts = attempts + 1, last_error = ?, lease_until = null, next_attempt_at = ?,
                       version = version + 1
                 where status = 'SENDING' and lease_until < ?""" + scope.sql(), scope.after(properties.maxAttempts(), STALE_LEASE, ts(now), ts(now)));
        if (released > 0) {
            log.warn("{} outbox message(s) were left SENDING by an instance that stopped; released", released);
        }
    }

    private List<Outgoing> claim(Instant now, Scope scope) {
        List<Object> values = new ArrayList<>(List.of(ts(now.plus(properties.lease())), ts(now)));
        values.addAll(scope.values());
        values.add(properties.batchSize());
        return jdbc.query("""
                update outbox_message m
                   set status = 'SENDING', lease_until = ?, version = m.version + 1
                  from (select id from outbox_message
                         where status = 'PENDING' and next_attempt_at <= ?""" + scope.sql() + """

                         order by next_attempt_at, id
                         limit ?
                           for update skip locked) due
                 where m.id = due.id
                returning m.id, m.version, m.kind, m.attempts, m.recipient_email, m.recipient_name, m.subject,
                          m.text_body, m.html_body, m.attachment_filename, m.attachment_content_type, m.attachment_text""", OUTGOING, values.toArray());
    }

    private void deliver(JavaMailSender sender, Outgoing message, Instant now) {
        try {
            MimeMessage mime = sender.createMimeMessage();
            composer.compose(mime, message, now);
            sender.send(mime);
        } catch (Exception e) {
            failed(message, now, e);
            return;
        }
        int marked = jdbc.update(
                """
                update outbox_message
                   set status = 'SENT', sent_at = ?, lease_until = null, last_error = null,
                       text_body = ?, html_body = ?, version = version + 1
                 where id = ? and status = 'SENDING' and version = ?""",
                ts(now),
                SecretLinks.hide(message.kind(), message.textBody()),
                SecretLinks.hide(message.kind(), message.htmlBody()),
                message.id(),
                message.version());
        if (marked == 0) {
            log.warn(
                    "Outbox message {} was sent after its lease ended; another instance may send it again",
                    message.id());
        }
    }

    private void failed(Outgoing message, Instant now, Exception e) {
        int failures = message.attempts() + 1;
        boolean lastAttempt = failures >= properties.maxAttempts();
        String error = describe(e);
        jdbc.update(
                """
                update outbox_message
                   set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, lease_until = null,
                       version = version + 1
                 where id = ? and status = 'SENDING' and version = ?""",
                lastAttempt ? "FAILED" : "PENDING",
                failures,
                error,
                ts(now.plus(properties.backoffAfter(failures))),
                message.id(),
                message.version());
        if (lastAttempt) {
            log.error("Outbox message {} FAILED after {} attempts: {}", message.id(), failures, error);
        } else {
            log.warn("Outbox message {} not sent (attempt {}), retrying later: {}", message.id(), failures, error);
        }
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < MAX_ERROR; cause = cause.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.length() <= MAX_ERROR ? text.toString() : text.substring(0, MAX_ERROR);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static final RowMapper<Outgoing> OUTGOING = (rs, row) -> new Outgoing(
            rs.getLong("id"),
            rs.getLong("version"),
            NotificationKind.valueOf(rs.getString("kind")),
            rs.getInt("attempts"),
            rs.getString("recipient_email"),
            rs.getString("recipient_name"),
            rs.getString("subject"),
            rs.getString("text_body"),
            rs.getString("html_body"),
            rs.getString("attachment_filename"),
            rs.getString("attachment_content_type"),
            rs.getString("attachment_text"));
}
