package dev.triad.notification;

import dev.triad.system.CalendarInvite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One message to enqueue with {@link Notifications#send}: its kind (which picks the templates), the
 * recipient, the subject, and the page it is about, as a path inside Triad ("/engagements/4").
 * The template model gets {@code recipientName}, {@code link} (absolute), {@code preferencesLink},
 * {@code reminder}, and whatever {@link #with} adds.
 *
 * <p>Never put confidential content in the subject or the model (a session's private notes, agenda
 * or summary, assessment content, reflections, goals' details): emails leave Triad's access control.
 * Say that something happened and link to the page behind the login.
 */
public record Notification(
        NotificationKind kind,
        Recipient to,
        String subject,
        String link,
        Map<String, Object> model,
        CalendarInvite calendar,
        String inAppText,
        String inAppLink,
        String dedupeKey,
        Long toRaterOf) {

    public Notification {
        model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
    }

    public static Notification of(NotificationKind kind, Recipient to, String subject, String link) {
        return new Notification(kind, to, subject, link, Map.of(), null, null, null, null, null);
    }

    /** A value for the templates, e.g. {@code with("coachName", coach.getFullName())}. */
    public Notification with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(model);
        more.put(name, value);
        return new Notification(kind, to, subject, link, more, calendar, inAppText, inAppLink, dedupeKey, toRaterOf);
    }

    /** Attaches a calendar invitation or cancellation (.ics). */
    public Notification withCalendar(CalendarInvite invite) {
        return new Notification(kind, to, subject, link, model, invite, inAppText, inAppLink, dedupeKey, toRaterOf);
    }

    /** The in-app notification's text and link, when they differ from the subject and the email's link. */
    public Notification withInApp(String text, String link) {
        return new Notification(kind, to, subject, this.link, model, calendar, text, link, dedupeKey, toRaterOf);
    }

    /**
     * Enqueues this message at most once for this key, ever (e.g. "session-reminder:42"), so that a
     * job that runs twice, or a retry, does not send it twice.
     */
    public Notification onceFor(String key) {
        return new Notification(kind, to, subject, link, model, calendar, inAppText, inAppLink, key, toRaterOf);
    }

    /**
     * A mail to a 360 rater of this engagement: HR's outbox shows it only as such, without recipient, subject or
     * text, so that nobody but the client and the coach can tell who was asked, reminded or has answered. Required
     * for the kinds that go to raters ({@link NotificationKind#goesToRaters()}).
     */
    public Notification toARaterOf(Long engagementId) {
        return new Notification(
                kind, to, subject, link, model, calendar, inAppText, inAppLink, dedupeKey, engagementId);
    }
}
