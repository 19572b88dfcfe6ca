package dev.triad.notification;

import java.time.Instant;

/** A line of the outbox page: everything but the bodies. Mails to 360 raters are not among them ({@link RaterMails}). */
public record OutboxRow(
        Long id,
        NotificationKind kind,
        String recipientName,
        String recipientEmail,
        String subject,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant nextAttemptAt) {}
