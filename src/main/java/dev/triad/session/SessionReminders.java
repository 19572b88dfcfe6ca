package dev.triad.session;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import dev.triad.system.Days;
import dev.triad.system.Zones;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What sessions ask of people, on their home page: HR sees every open attendance alert until someone
 * acknowledges it; the coach, sessions whose outcome is not recorded; the client, the coming week's
 * sessions without an agenda. One query per role, whatever the number of engagements.
 */
@Component
@Order(1)
@Transactional(readOnly = true)
class SessionReminders implements HomeReminders {

    static final Duration AGENDA_HORIZON = Duration.ofDays(7);

    private final CoachingSessions sessions;
    private final AttendanceAlerts alerts;
    private final Clock clock;
    private final Zones zones;

    SessionReminders(CoachingSessions sessions, AttendanceAlerts alerts, Clock clock, Zones zones) {
        this.sessions = sessions;
        this.alerts = alerts;
        this.clock = clock;
        this.zones = zones;
    }

    @Override
    public List<HomeReminder> remindersFor(CurrentUser me) {
        Instant now = clock.instant();
        // the sentences are the reader's: their own zone, with its abbreviation where a time is shared
        ZoneId zone = zones.of(me);
        List<HomeReminder> reminders = new ArrayList<>();
        if (me.has(Role.HR_ADMIN)) {
            for (SessionReminder alert : alerts.openWithClients()) {
                reminders.add(new HomeReminder(
                        alert.clientName() + "’s coaching: " + alert.count() + " cancellations in a row (raised "
                                + Days.date(alert.at().atZone(zone)) + ").",
                        "Review and acknowledge",
                        sessionsOf(alert)));
            }
        }
        if (me.has(Role.COACH)) {
            for (SessionReminder session : sessions.awaitingOutcome(me.id(), now)) {
                reminders.add(new HomeReminder(
                        "Record what happened in your session with " + session.clientName() + " on "
                                + when(session, zone) + ".",
                        "Record the outcome",
                        sessionPage(session)));
            }
        }
        if (me.has(Role.CLIENT)) {
            for (SessionReminder session : sessions.withoutAgenda(me.id(), now, now.plus(AGENDA_HORIZON))) {
                reminders.add(new HomeReminder(
                        "Your session on " + when(session, zone)
                                + " has no agenda yet: come with a list of questions, a concern, or an opportunity.",
                        "Write the agenda",
                        sessionPage(session)));
            }
        }
        return reminders;
    }

    private static String when(SessionReminder reminder, ZoneId zone) {
        return Days.when(reminder.at().atZone(zone));
    }

    private static String sessionsOf(SessionReminder reminder) {
        return "/engagements/" + reminder.engagementId() + "/sessions";
    }

    private static String sessionPage(SessionReminder reminder) {
        return sessionsOf(reminder) + "/" + reminder.itemId();
    }
}
