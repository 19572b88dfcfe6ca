package dev.triad.session;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import dev.triad.system.Days;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

    SessionReminders(CoachingSessions sessions, AttendanceAlerts alerts, Clock clock) {
        this.sessions = sessions;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public List<HomeReminder> remindersFor(CurrentUser me) {
        Instant now = clock.instant();
        List<HomeReminder> reminders = new ArrayList<>();
        if (me.has(Role.HR_ADMIN)) {
            for (SessionReminder alert : alerts.openWithClients()) {
                reminders.add(new HomeReminder(
                        alert.clientName() + "’s coaching: " + alert.count() + " cancellations in a row (raised "
                                + Days.date(alert.at().atZone(clock.getZone())) + ").",
                        "Review and acknowledge",
                        sessionsOf(alert)));
            }
        }
        if (me.has(Role.COACH)) {
            for (SessionReminder session : sessions.awaitingOutcome(me.id(), now)) {
                reminders.add(new HomeReminder(
                        "Record what happened in your session with " + session.clientName() + " on " + when(session)
                                + ".",
                        "Record the outcome",
                        sessionPage(session)));
            }
        }
        if (me.has(Role.CLIENT)) {
            for (SessionReminder session : sessions.withoutAgenda(me.id(), now, now.plus(AGENDA_HORIZON))) {
                reminders.add(new HomeReminder(
                        "Your session on " + when(session)
                                + " has no agenda yet: come with a list of questions, a concern, or an opportunity.",
                        "Write the agenda",
                        sessionPage(session)));
            }
        }
        return reminders;
    }

    private String when(SessionReminder reminder) {
        return Days.dateTime(reminder.at().atZone(clock.getZone()));
    }

    private static String sessionsOf(SessionReminder reminder) {
        return "/engagements/" + reminder.engagementId() + "/sessions";
    }

    private static String sessionPage(SessionReminder reminder) {
        return sessionsOf(reminder) + "/" + reminder.itemId();
    }
}
