package dev.triad.notification;

import dev.triad.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/** HR's view of the outbox: what was sent, what waits, what failed, and sending again; mails to 360 raters aside. */
@Service
public class Outbox {

    /**
     * A message as the outbox page shows it: secret links hidden. Mails to 360 raters have none: HR's outbox does not
     * list them ({@link RaterMails}). The stored message itself never reaches the page.
     */
    public record MessageView(
            Long id,
            String recipientName,
            String recipientEmail,
            String subject,
            String kindLabel,
            boolean setsAPassword,
            OutboxStatus status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            Instant nextAttemptAt,
            String lastError,
            String attachmentFilename,
            String attachmentContentType,
            String attachmentText,
            String textBody,
            String htmlBody,
            boolean retryable) {

        static MessageView of(OutboxMessage m, boolean retryable) {
            return new MessageView(
                    m.getId(),
                    m.getRecipientName(),
                    m.getRecipientEmail(),
                    m.getSubject(),
                    m.getKind().getLabel(),
                    m.getKind().carriesSecretLink(),
                    m.getStatus(),
                    m.getAttempts(),
                    m.getCreatedAt(),
                    m.getSentAt(),
                    m.getNextAttemptAt(),
                    m.getLastError(),
                    m.getAttachmentFilename(),
                    m.getAttachmentContentType(),
                    m.getAttachmentText(),
                    SecretLinks.hide(m.getKind(), m.getTextBody()),
                    SecretLinks.hide(m.getKind(), m.getHtmlBody()),
                    retryable);
        }
    }

    private final OutboxMessages messages;
    private final Notifications notifications;
    private final Clock clock;

    Outbox(OutboxMessages messages, Notifications notifications, Clock clock) {
        this.messages = messages;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<OutboxRow> list(OutboxStatus status, Pageable pageable) {
        return messages.list(status, pageable);
    }

    @Transactional(readOnly = true)
    public MessageView message(Long id) {
        OutboxMessage message = hrsToSee(id);
        return MessageView.of(message, message.retryable(mailServerConfigured()));
    }

    /**
     * Puts a FAILED message (or a HELD one, once a mail server is configured) back in line, due now.
     *
     * @return false when the message is in no state to be retried (already pending, sending or sent)
     */
    @Transactional
    public boolean retry(Long id) {
        OutboxMessage message = hrsToSee(id);
        return message.retry(clock.instant(), mailServerConfigured());
    }

    /** Sends every HELD message, once a mail server is configured. */
    @Transactional
    public int releaseHeld() {
        if (!mailServerConfigured()) {
            return 0;
        }
        return messages.releaseHeld(clock.instant());
    }

    /** A message HR may see: a mail to a 360 rater answers as a made-up id does. */
    private OutboxMessage hrsToSee(Long id) {
        return messages.findById(id)
                .filter(m -> !RaterMails.isToARater(m.getKind(), m.getRaterOfEngagementId()))
                .orElseThrow(() -> new NotFoundException("Message"));
    }

    public boolean mailServerConfigured() {
        return notifications.mailServerConfigured();
    }
}
