package dev.triad.notification;

import java.time.Instant;

/**
 * A line of the outbox page: everything but the bodies. A mail to a 360 rater is shown as {@link #asHrSeesIt()}
 * makes it: no recipient, no subject, no error text (an SMTP error names the address).
 */
public record OutboxRow(Long id, NotificationKind kind, String recipientName, String recipientEmail, String subject,
                        OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt,
                        Instant nextAttemptAt, Long raterOfEngagementId) {

    public boolean toARater() {
        return RaterMails.isToARater(kind, raterOfEngagementId);
    }

    OutboxRow asHrSeesIt() {
        if (!toARater()) {
            return this;
        }
        return new OutboxRow(id, kind, RaterMails.RECIPIENT, null, RaterMails.subject(raterOfEngagementId), status, attempts,
                RaterMails.error(lastError), createdAt, sentAt, nextAttemptAt, raterOfEngagementId);
    }
}
