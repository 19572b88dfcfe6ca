package dev.triad.notification;

import java.time.Instant;

/** A line of the outbox page: everything but the bodies. */
public record OutboxRow(Long id, NotificationKind kind, String recipientName, String recipientEmail, String subject,
                        OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt,
                        Instant nextAttemptAt) {
}
