package dev.triad.notification;

/** Where a message is on its way out. */
public enum OutboxStatus {
    /** Waiting for the sender (again, after a failure, at {@code next_attempt_at}). */
    PENDING,
    /** Claimed by one instance's sender until its lease ends. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the maximum number of attempts; HR can retry it. */
    FAILED,
    /** Kept, not sent: no mail server was configured when it was written. */
    HELD
}
