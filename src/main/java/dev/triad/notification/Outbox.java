package dev.triad.notification;

import dev.triad.system.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** HR's view of the outbox: what was sent, what waits, what failed, and sending again. */
@Service
public class Outbox {

    /** A message as the outbox page shows it: secret links hidden. */
    public record MessageView(OutboxMessage message, String textBody, String htmlBody, boolean retryable) {
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
        OutboxMessage message = messages.findById(id).orElseThrow(() -> new NotFoundException("Message"));
        return new MessageView(message, SecretLinks.hide(message.getKind(), message.getTextBody()),
                SecretLinks.hide(message.getKind(), message.getHtmlBody()), message.retryable(mailServerConfigured()));
    }

    /**
     * Puts a FAILED message (or a HELD one, once a mail server is configured) back in line, due now.
     *
     * @return false when the message is in no state to be retried (already pending, sending or sent)
     */
    @Transactional
    public boolean retry(Long id) {
        OutboxMessage message = messages.findById(id).orElseThrow(() -> new NotFoundException("Message"));
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

    public boolean mailServerConfigured() {
        return notifications.mailServerConfigured();
    }
}
