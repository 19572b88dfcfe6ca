package dev.triad.notification;

import dev.triad.system.CalendarInvite;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * One email in the transactional outbox, rendered when it was written. The sender moves it through
 * PENDING → SENDING → SENT (or back to PENDING after a failure, FAILED after the last attempt) with
 * plain SQL; see {@link OutboxSender}.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private Long recipientUserId;

    private String recipientEmail;

    private String recipientName;

    private String subject;

    private String textBody;

    private String htmlBody;

    private String attachmentFilename;

    private String attachmentContentType;

    private String attachmentMethod;

    private String attachmentText;

    private String dedupeKey;

    private Long raterOfEngagementId;

    @Enumerated(EnumType.STRING)
    private OutboxStatus status;

    private int attempts;

    private Instant nextAttemptAt;

    private Instant leaseUntil;

    private String lastError;

    private Instant createdAt;

    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {}

    OutboxMessage(
            NotificationKind kind,
            Recipient to,
            String subject,
            String textBody,
            String htmlBody,
            CalendarInvite calendar,
            String ics,
            String dedupeKey,
            Long raterOfEngagementId,
            boolean mailServerConfigured,
            Instant now) {
        this.kind = kind;
        this.recipientUserId = to.userId();
        this.recipientEmail = to.email();
        this.recipientName = to.name();
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        if (calendar != null) {
            this.attachmentFilename = calendar.filename();
            this.attachmentContentType = calendar.contentType();
            this.attachmentMethod = calendar.method().name();
            this.attachmentText = ics;
        }
        this.dedupeKey = dedupeKey;
        this.raterOfEngagementId = raterOfEngagementId;
        this.status = mailServerConfigured ? OutboxStatus.PENDING : OutboxStatus.HELD;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * HR sends a failed message, or one held while no mail server was configured, again now, with a
     * fresh set of attempts.
     */
    boolean retry(Instant now, boolean mailServerConfigured) {
        if (!retryable(mailServerConfigured)) {
            return false;
        }
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        return true;
    }

    public boolean retryable(boolean mailServerConfigured) {
        return status == OutboxStatus.FAILED || (status == OutboxStatus.HELD && mailServerConfigured);
    }

    public Long getId() {
        return id;
    }

    String getDedupeKey() {
        return dedupeKey;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public Long getRecipientUserId() {
        return recipientUserId;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getAttachmentFilename() {
        return attachmentFilename;
    }

    public String getAttachmentContentType() {
        return attachmentContentType;
    }

    public String getAttachmentText() {
        return attachmentText;
    }

    /** The engagement whose 360 rater this mail goes to; null for a mail to anyone else. */
    public Long getRaterOfEngagementId() {
        return raterOfEngagementId;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
