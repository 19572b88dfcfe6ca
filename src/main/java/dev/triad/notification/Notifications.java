package dev.triad.notification;

import dev.triad.system.CalendarInvite;
import dev.triad.system.Days;
import dev.triad.system.Zones;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Enqueues emails in the transactional outbox, and the matching in-app notification. Call
 * {@link #send} from an {@code @EventListener} in this module: it runs inside the publisher's
 * transaction, so the message is stored if and only if the change that caused it commits; the
 * {@link OutboxSender} delivers it afterwards.
 */
@Service
public class Notifications {

    static final String PREFERENCES_PATH = "/account/notifications";
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_IN_APP_TEXT = 500;

    private final OutboxMessages messages;
    private final AppNotifications appNotifications;
    private final NotificationPreferences preferences;
    private final MailTemplates templates;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final Zones zones;
    private final String baseUrl;

    Notifications(
            OutboxMessages messages,
            AppNotifications appNotifications,
            NotificationPreferences preferences,
            MailTemplates templates,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock,
            Zones zones,
            @Value("${triad.base-url:http://localhost:8080}") String baseUrl) {
        this.messages = messages;
        this.appNotifications = appNotifications;
        this.preferences = preferences;
        this.templates = templates;
        this.mailSender = mailSender;
        this.clock = clock;
        this.zones = zones;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /**
     * Renders and stores the email (PENDING, or HELD when no mail server is configured) and, for a
     * recipient with an account, the in-app notification.
     *
     * @return the outbox message's id; empty when nothing was stored: a reminder the recipient
     *         switched off, or a message already enqueued under the same {@link Notification#onceFor} key
     * @throws IllegalArgumentException when the link is not a path inside Triad
     */
    @Transactional
    public Optional<Long> send(Notification notification) {
        NotificationKind kind = notification.kind();
        Recipient to = notification.to();
        requireInternalPath(notification.link());
        if (kind.carriesSecretLink() && to.userId() != null && notification.inAppLink() == null) {
            throw new IllegalArgumentException(
                    kind + " carries a secret link: give the in-app notification its own link");
        }
        if (kind.goesToRaters() && notification.toRaterOf() == null) {
            throw new IllegalArgumentException(kind + " goes to a 360 rater: say whose (Notification.toARaterOf)");
        }
        if (to.userId() != null && kind.isReminder() && preferences.switchedOff(to.userId(), kind)) {
            return Optional.empty();
        }
        if (notification.dedupeKey() != null && messages.existsByDedupeKey(notification.dedupeKey())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        // each copy of a calendar mail is in its recipient's zone: the same instant, their wall time and TZID
        if (notification.calendar() != null) {
            notification = notification.withCalendar(notification.calendar().inZone(zoneOf(to)));
        }
        MailTemplates.Rendered rendered = templates.render(kind.template(), model(notification));
        String ics =
                notification.calendar() == null ? null : notification.calendar().toIcs(now);
        OutboxMessage message = messages.save(new OutboxMessage(
                kind,
                to,
                oneLine(notification.subject(), MAX_SUBJECT),
                rendered.text(),
                rendered.html(),
                notification.calendar(),
                ics,
                notification.dedupeKey(),
                notification.toRaterOf(),
                mailServerConfigured(),
                now));
        if (to.userId() != null) {
            String text = notification.inAppText() != null ? notification.inAppText() : notification.subject();
            String link = notification.inAppLink() != null ? notification.inAppLink() : notification.link();
            requireInternalPath(link);
            appNotifications.save(new AppNotification(to.userId(), kind, oneLine(text, MAX_IN_APP_TEXT), link, now));
        }
        return Optional.of(message.getId());
    }

    /** Whether this instance has an SMTP server to send to ({@code spring.mail.host} is set). */
    public boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** An absolute link to a path inside Triad, for emails. */
    public String absolute(String path) {
        return baseUrl + path;
    }

    private Map<String, Object> model(Notification notification) {
        // What an email may say: the recipient's name, links, and the caller's values. Callers put no
        // confidential content in the model (private notes, agendas and summaries, assessment content,
        // reflections never go out by mail): the link leads to the page, behind the login.
        Map<String, Object> model = new HashMap<>(notification.model());
        model.put("recipientName", notification.to().name());
        model.put("link", absolute(notification.link()));
        model.put("baseUrl", baseUrl);
        // the footer's "choose your reminders" only for people who have an account to choose in
        model.put(
                "reminder",
                notification.kind().isReminder() && notification.to().userId() != null);
        model.put("preferencesLink", absolute(PREFERENCES_PATH));
        model.put("kindLabel", notification.kind().getLabel());
        CalendarInvite calendar = notification.calendar();
        if (calendar != null) {
            model.put("calendarTitle", calendar.summary());
            model.put("calendarWhen", when(calendar));
            model.put("calendarLocation", calendar.location());
            model.put("calendarCancelled", calendar.method() == CalendarInvite.Method.CANCEL);
        }
        return model;
    }

    /** The zone a mail to {@code to} writes its times in: their own, else the organisation's default. */
    public ZoneId zoneOf(Recipient to) {
        return to.zone() != null ? to.zone() : zones.organisation();
    }

    /** "Thu 3 Dec 2026, 10:00–11:30 CET", in the invitation's zone. */
    static String when(CalendarInvite calendar) {
        return Days.whenRange(calendar.start(), calendar.end());
    }

    /** "Thu 3 Dec 2026, 10:00–11:30 CET" for a reader in {@code zone}, with both dates when it ends another day. */
    static String when(Instant start, Instant end, ZoneId zone) {
        return Days.whenRange(start.atZone(zone), end.atZone(zone));
    }

    private static void requireInternalPath(String link) {
        if (!AppNotification.isInternalPath(link)) {
            throw new IllegalArgumentException(
                    "Notifications link to a page of Triad: a path starting with one /, not " + link);
        }
    }

    private static String oneLine(String text, int max) {
        String line = text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
