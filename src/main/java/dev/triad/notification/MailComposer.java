package dev.triad.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;

/**
 * Turns an outbox message into a MIME message: multipart/alternative with the text and HTML parts
 * and, for a calendar message, the calendar part ({@code text/calendar; method=REQUEST|CANCEL}) that
 * calendar programs act on; the same .ics also comes as a named attachment for the others, the whole
 * being multipart/mixed.
 */
@Component
class MailComposer {

    /** What the sender needs of a claimed message. */
    record Outgoing(
            long id,
            long version,
            NotificationKind kind,
            int attempts,
            String recipientEmail,
            String recipientName,
            String subject,
            String textBody,
            String htmlBody,
            String attachmentFilename,
            String attachmentContentType,
            String attachmentText) {}

    private final InternetAddress from;

    MailComposer(NotificationProperties properties) {
        try {
            this.from = new InternetAddress(properties.from(), true);
        } catch (MessagingException e) {
            throw new IllegalArgumentException(
                    "triad.notifications.from is not an email address: " + properties.from(), e);
        }
    }

    void compose(MimeMessage mime, Outgoing message, Instant sentAt) throws MessagingException {
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, address(message.recipientEmail(), message.recipientName()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(sentAt));
        mime.setHeader("Auto-Submitted", "auto-generated");

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.textBody(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.htmlBody(), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(html);

        if (message.attachmentText() == null) {
            mime.setContent(alternative);
            return;
        }
        byte[] ics = message.attachmentText().getBytes(StandardCharsets.UTF_8);
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, message.attachmentContentType())));
        calendar.setHeader("Content-Type", message.attachmentContentType());
        alternative.addBodyPart(calendar);

        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, message.attachmentContentType())));
        attachment.setHeader(
                "Content-Type", message.attachmentContentType() + "; name=" + message.attachmentFilename());
        attachment.setFileName(message.attachmentFilename());
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(attachment);
        mime.setContent(mixed);
    }

    private static InternetAddress address(String email, String name) throws MessagingException {
        try {
            return new InternetAddress(email, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always there", e);
        }
    }
}
