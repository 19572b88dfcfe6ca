package dev.triad.notification;

import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.session.CancellationPolicy;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionCalendar;
import dev.triad.session.SessionDirectory;
import dev.triad.session.SessionEvents.AttendanceAlertRaised;
import dev.triad.session.SessionEvents.SessionCancelled;
import dev.triad.session.SessionEvents.SessionCancelledAsEngagementClosed;
import dev.triad.session.SessionEvents.SessionMoved;
import dev.triad.session.SessionEvents.SessionScheduled;
import dev.triad.system.CalendarInvite;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The session module's mails: a calendar invitation to client and coach when a session is booked, an update with the same uid and a
 * higher sequence when it moves, a cancellation when it is cancelled, and HR's alert for cancellations in a row.
 * Synchronous listeners, so each message is written in the transaction that changed the session. Bodies say who,
 * when and where, never the agenda, summary or notes: the link leads to the page behind the login.
 */
@Component
class SessionMails {

    private final SessionDirectory sessions;
    private final EngagementDirectory engagements;
    private final SessionCalendar calendar;
    private final People users;
    private final Notifications notifications;
    private final Clock clock;

    SessionMails(
            SessionDirectory sessions,
            EngagementDirectory engagements,
            SessionCalendar calendar,
            People users,
            Notifications notifications,
            Clock clock) {
        this.clock = clock;
        this.sessions = sessions;
        this.engagements = engagements;
        this.calendar = calendar;
        this.users = users;
        this.notifications = notifications;
    }

    @EventListener
    void on(SessionScheduled event) {
        Engagement engagement = engagement(event.engagementId());
        CoachingSession session = sessions.findById(event.sessionId()).orElseThrow();
        // a client who booked a free time of their coach's is told it is booked, and the coach who booked it
        boolean clientBooked = engagement.getClient().getId().equals(session.getScheduledById());
        send(
                engagement,
                session,
                List.of(engagement.getClient()),
                "New coaching session",
                clientBooked
                        ? "Your coaching session with " + engagement.getCoach().getFullName() + " is booked."
                        : engagement.getCoach().getFullName() + " scheduled a coaching session with you.",
                "scheduled",
                true);
        // the coach gets the same invitation, for their own calendar
        send(
                engagement,
                session,
                List.of(engagement.getCoach()),
                "New coaching session",
                clientBooked
                        ? engagement.getClient().getFullName() + " booked a coaching session with you."
                        : "Your coaching session with " + engagement.getClient().getFullName() + " is booked.",
                "scheduled",
                true);
    }

    @EventListener
    void on(SessionMoved event) {
        Engagement engagement = engagement(event.engagementId());
        CoachingSession moved = sessions.findById(event.toSessionId()).orElseThrow();
        send(
                engagement,
                moved,
                participants(engagement),
                "Coaching session moved",
                "Your coaching session has moved to a new time.",
                "moved",
                true);
    }

    @EventListener
    void on(SessionCancelled event) {
        Engagement engagement = engagement(event.engagementId());
        CoachingSession session = sessions.findById(event.sessionId()).orElseThrow();
        send(
                engagement,
                session,
                participants(engagement),
                "Coaching session cancelled",
                cancellationSummary(event),
                "cancelled",
                false);
    }

    @EventListener
    void on(SessionCancelledAsEngagementClosed event) {
        Engagement engagement = engagement(event.engagementId());
        CoachingSession session = sessions.findById(event.sessionId()).orElseThrow();
        send(
                engagement,
                session,
                participants(engagement),
                "Coaching session cancelled: the engagement closed",
                "The coaching session was cancelled because the engagement closed; no time is deducted.",
                "cancelled",
                false);
    }

    @EventListener
    void on(AttendanceAlertRaised event) {
        Engagement engagement = engagement(event.engagementId());
        String path = "/engagements/" + engagement.getId() + "/sessions";
        for (User hr : users.findActiveWithRole(Role.HR_ADMIN)) {
            notifications.send(Notification.of(
                            NotificationKind.ATTENDANCE_ALERT,
                            Recipient.of(hr),
                            "Cancellations in a row: " + engagement.getClient().getFullName(),
                            path)
                    .with(
                            "summary",
                            engagement.getClient().getFullName() + "’s coaching has " + event.cancellations()
                                    + " cancelled sessions in a row; their time is deducted. Please review and acknowledge the alert.")
                    .withInApp(
                            engagement.getClient().getFullName() + "’s coaching: " + event.cancellations()
                                    + " cancellations in a row.",
                            path)
                    .onceFor("attendance-alert:" + event.alertId() + ":" + hr.getId()));
        }
    }

    /** {@code changeable}: the session is still on, so the email carries its cancel and reschedule links. */
    private void send(
            Engagement engagement,
            CoachingSession session,
            List<User> to,
            String subject,
            String summary,
            String what,
            boolean changeable) {
        CalendarInvite invite = calendar.entryFor(session, engagement);
        String path = "/engagements/" + engagement.getId() + "/sessions/" + session.getId();
        boolean lateNow =
                CancellationPolicy.of(engagement.getProgramme()).isLate(session.getStartsAt(), clock.instant());
        for (User person : to) {
            Notification mail = Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(person), subject, path)
                    .with("summary", summary)
                    .withCalendar(invite)
                    .onceFor(
                            "session-" + what + ":" + session.getId() + ":" + invite.sequence() + ":" + person.getId());
            if (changeable) {
                mail = mail.with("cancelLink", notifications.absolute(path + "/cancel"))
                        .with("moveLink", notifications.absolute(path + "/move"));
                if (lateNow && engagement.isClient(person.getId())) {
                    mail = mail.with(
                            "lateNotice",
                            lateNotice(CancellationPolicy.of(engagement.getProgramme())
                                    .noticeHours()));
                }
            }
            notifications.send(mail);
        }
    }

    /** What the cancellation cost, as the policy decided it when it was made (the page said the same beforehand). */
    static String cancellationSummary(SessionCancelled event) {
        if (event.late()) {
            return "The coaching session was cancelled less than the required notice before it; its time is deducted.";
        }
        if (event.deducted()) {
            return "The coaching session was cancelled. It is " + event.inARow()
                    + " cancellations in a row, so its time is deducted" + " and HR is told.";
        }
        return "The coaching session was cancelled in time; no time is deducted.";
    }

    /** What the client reads when cancelling now would be late: the same rule as on the session's cancel page. */
    static String lateNotice(long noticeHours) {
        return "It is now less than " + noticeHours + " hours before the session: if you cancel or move it now,"
                + " it counts as a late cancellation and its time is deducted from your hours.";
    }

    private List<User> participants(Engagement engagement) {
        List<User> people = new ArrayList<>();
        people.add(engagement.getClient());
        if (engagement.getCoach() != null) {
            people.add(engagement.getCoach());
        }
        return people;
    }

    private Engagement engagement(Long id) {
        return engagements.findWithPeople(id).orElseThrow();
    }
}
