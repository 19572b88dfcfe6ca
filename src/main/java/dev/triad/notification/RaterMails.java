package dev.triad.notification;

/**
 * How HR's outbox shows a mail to a 360 rater: as "360 mail to a rater of engagement #n", the same words for a
 * request and a reminder, to a peer or to the leader, with no recipient, subject, text or error detail. Who was asked,
 * who was reminded (so who has not answered) is the client's and the coach's to know (DOMAIN.md), never HR's.
 */
final class RaterMails {

    static final String RECIPIENT = "A 360 rater (name and address hidden)";
    static final String KIND = "360 rater mail";
    static final String BODY = "Hidden: a mail to a 360 rater is read by its recipient alone.";
    static final String ERROR = "Delivery failed (the server's words are hidden: they may name the rater)";

    private RaterMails() {
    }

    static boolean isToARater(NotificationKind kind, Long raterOfEngagementId) {
        return raterOfEngagementId != null || kind.goesToRaters();
    }

    static String subject(Long engagementId) {
        return "360 mail to a rater of engagement #" + (engagementId == null ? "?" : engagementId);
    }

    static String error(String lastError) {
        return lastError == null ? null : ERROR;
    }
}
