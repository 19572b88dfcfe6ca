package dev.triad.notification;

import dev.triad.feedback.Deadline;
import dev.triad.feedback.FeedbackEvents.RaterInvited;
import dev.triad.feedback.FeedbackEvents.RaterReminded;
import dev.triad.feedback.RaterGroup;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The 360 feedback mails to raters, who have no account: the invitation with their single-use link, and
 * the coach's reminder with a new one. Both kinds carry a secret link, so the outbox page hides it and the
 * stored copy loses it once sent; HR's outbox shows either only as "a mail to a rater of engagement #n" (who was
 * asked, reminded or has answered is the client's and the coach's to know). They say whose feedback is asked for and until when, never anything of
 * the assessment. Synchronous listeners: the message is written in the transaction that added the rater.
 */
@Component
class FeedbackMails {

    private final Notifications notifications;

    FeedbackMails(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(RaterInvited event) {
        notifications.send(Notification.of(
                        NotificationKind.FEEDBACK_360_INVITATION,
                        Recipient.withoutAccount(event.raterEmail(), event.raterName()),
                        event.clientName() + " asks for your feedback",
                        event.path())
                .with("clientName", event.clientName())
                .with("lastDay", until(event.deadline()))
                .with("asLeader", event.group() == RaterGroup.LEADER)
                .onceFor(RaterMails.INVITATION_KEY + event.raterId())
                .toARaterOf(event.engagementId()));
    }

    @EventListener
    void on(RaterReminded event) {
        notifications.send(Notification.of(
                        NotificationKind.FEEDBACK_360_REMINDER,
                        Recipient.withoutAccount(event.raterEmail(), event.raterName()),
                        "Reminder: " + event.clientName() + " asks for your feedback",
                        event.path())
                .with(
                        "summary",
                        event.clientName() + " would still value your feedback. You can answer until "
                                + until(event.deadline())
                                + "; if you saved a draft, it is kept. This link replaces none: any earlier one works too.")
                .toARaterOf(event.engagementId()));
    }

    /**
     * Raters have no account and so no zone of their own: the closing minute is told in the zone of whoever asked,
     * with that place named ("Fri 4 Dec 2026, 23:59 GMT (end of day in London)").
     */
    private static String until(Deadline deadline) {
        return deadline.describeFor(deadline.zone());
    }
}
