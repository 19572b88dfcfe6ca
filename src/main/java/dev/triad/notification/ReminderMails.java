package dev.triad.notification;

import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.UpcomingMeeting;
import dev.triad.goal.ActionStepService;
import dev.triad.goal.OverdueSteps;
import dev.triad.reflection.MissingReflection;
import dev.triad.reflection.ReflectionReminders;
import dev.triad.reflection.Weeks;
import dev.triad.session.SessionService;
import dev.triad.session.UpcomingSession;
import dev.triad.system.Days;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The reminders that come from time passing rather than from someone's action: the session reminder the day
 * before (to client and coach, with the cancel and reschedule links), the agenda reminder, the weekly digest of
 * overdue action steps and the weekly reflection prompt. Each job runs on one instance (ShedLock) and each
 * message is enqueued once ever ({@link Notification#onceFor}), so a job that runs twice, on one instance or
 * two, sends nothing twice. Recipients who switched a reminder off get nothing ({@link Notifications#send}).
 */
@Component
class ReminderMails {

    private final SessionService sessions;
    private final AlignmentService alignment;
    private final ActionStepService actionSteps;
    private final ReflectionReminders reflections;
    private final People users;
    private final Notifications notifications;
    private final ReminderProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderMails(
            SessionService sessions,
            AlignmentService alignment,
            ActionStepService actionSteps,
            ReflectionReminders reflections,
            People users,
            Notifications notifications,
            ReminderProperties properties,
            TransactionTemplate transaction,
            Clock clock) {
        this.sessions = sessions;
        this.alignment = alignment;
        this.actionSteps = actionSteps;
        this.reflections = reflections;
        this.users = users;
        this.notifications = notifications;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    // lockAtLeastFor: an instance whose clock is a little behind does not run the job again right after.
    @Scheduled(cron = "${triad.reminders.session-cron:0 */10 * * * *}")
    @SchedulerLock(name = "session-reminders", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    public void sessionsComingUp() {
        Instant now = clock.instant();
        remindOfSessions(now);
        remindOfMeetings(now);
        alignment.askToConfirmOutcomesOfMeetingsTakenPlace(now);
    }

    /** Every hour, in UTC: each recipient's weekly reminders go in the run where it is 08:xx for them ({@link Mornings}). */
    @Scheduled(cron = "${triad.reminders.weekly-cron:0 0 * * * *}", zone = "UTC")
    @SchedulerLock(name = "weekly-reminders", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void weeklyDigests() {
        Instant now = clock.instant();
        digestOverdueSteps(now);
        promptReflections(now);
    }

    /**
     * The session reminder for sessions starting within {@code sessionBefore} of {@code now}, and the agenda
     * reminder for those within {@code agendaBefore} that have none.
     *
     * @return how many emails were enqueued
     */
    int remindOfSessions(Instant now) {
        return transaction.execute(status -> {
            Instant horizon = now.plus(
                    properties.sessionBefore().compareTo(properties.agendaBefore()) > 0
                            ? properties.sessionBefore()
                            : properties.agendaBefore());
            List<UpcomingSession> upcoming = sessions.scheduledBetween(now, horizon);
            Map<Long, User> people = people(upcoming.stream()
                    .flatMap(s -> Stream.of(s.clientId(), s.coachId()))
                    .collect(Collectors.toSet()));
            int sent = 0;
            for (UpcomingSession session : upcoming) {
                User client = people.get(session.clientId());
                User coach = session.coachId() == null ? null : people.get(session.coachId());
                if (!session.startsAt().isAfter(now.plus(properties.sessionBefore()))) {
                    sent += sessionReminder(session, client, coach, client, now);
                    if (coach != null) {
                        sent += sessionReminder(session, client, coach, coach, now);
                    }
                }
                if (!session.hasAgenda() && !session.startsAt().isAfter(now.plus(properties.agendaBefore()))) {
                    Recipient to = Recipient.of(client);
                    String when = when(session, to);
                    sent += count(notifications.send(Notification.of(
                                    NotificationKind.AGENDA_REMINDER,
                                    to,
                                    "Your coaching session on " + when + ": write your agenda",
                                    session.path())
                            .with(
                                    "summary",
                                    "Your coaching session" + with(coach) + " is on " + when
                                            + ". It has no agenda yet: come with a list of questions, a concern, or an opportunity,"
                                            + " and write it on the session’s page so that your coach can prepare.")
                            .withInApp("Write the agenda for your session on " + when + ".", session.path())
                            .onceFor("agenda-reminder:" + session.sessionId())));
                }
            }
            return sent;
        });
    }

    /** The 24-hour reminder of a three-way meeting, to client, coach and leader, with its cancel and move links. */
    int remindOfMeetings(Instant now) {
        return transaction.execute(status -> {
            List<UpcomingMeeting> upcoming = alignment.scheduledBetween(now, now.plus(properties.sessionBefore()));
            Map<Long, User> people = people(upcoming.stream()
                    .flatMap(m -> Stream.of(m.clientId(), m.coachId(), m.leaderId()))
                    .collect(Collectors.toSet()));
            int sent = 0;
            for (UpcomingMeeting meeting : upcoming) {
                String what = meeting.kind().label();
                for (Long id : Stream.of(meeting.clientId(), meeting.coachId(), meeting.leaderId())
                        .filter(Objects::nonNull)
                        .toList()) {
                    Recipient to = Recipient.of(people.get(id));
                    String when = Notifications.when(meeting.startsAt(), meeting.endsAt(), notifications.zoneOf(to));
                    sent += count(notifications.send(Notification.of(
                                    NotificationKind.SESSION_REMINDER,
                                    to,
                                    "Reminder: " + what + " on " + when,
                                    meeting.path())
                            .with(
                                    "summary",
                                    "Your " + what.toLowerCase(Locale.ROOT) + " with "
                                            + (id.equals(meeting.clientId())
                                                    ? "your coach and your leader"
                                                    : "the client and the other participant")
                                            + " is on " + when + ".")
                            .with("cancelLink", notifications.absolute(meeting.path() + "/cancel"))
                            .with("moveLink", notifications.absolute(meeting.path() + "/move"))
                            .withInApp(what + " on " + when + ".", meeting.path())
                            .onceFor("meeting-reminder:" + meeting.meetingId() + ":" + id)));
                }
            }
            return sent;
        });
    }

    private int sessionReminder(UpcomingSession session, User client, User coach, User to, Instant now) {
        boolean toClient = to.getId().equals(client.getId());
        String other = toClient ? with(coach) : " with " + client.getFullName();
        Recipient recipient = Recipient.of(to);
        String when = when(session, recipient);
        Notification reminder = Notification.of(
                        NotificationKind.SESSION_REMINDER,
                        recipient,
                        "Reminder: coaching session" + other + " on " + when,
                        session.path())
                .with(
                        "summary",
                        "Your coaching session" + other + " is on " + when + ", "
                                + session.format().label().toLowerCase(Locale.ROOT) + ".")
                .with("cancelLink", notifications.absolute(session.path() + "/cancel"))
                .with("moveLink", notifications.absolute(session.path() + "/move"))
                .withInApp("Coaching session" + other + " on " + when + ".", session.path())
                .onceFor("session-reminder:" + session.sessionId() + ":" + to.getId());
        if (toClient && session.lateIfClientCancelsAt(now)) {
            reminder = reminder.with("lateNotice", SessionMails.lateNotice(session.noticeHours()));
        }
        return count(notifications.send(reminder));
    }

    /**
     * One digest per engagement and week, from 08:00 of the digest day in the client's zone (or the first run after
     * it); the week and "overdue" are the client's too.
     */
    int digestOverdueSteps(Instant now) {
        return transaction.execute(status -> {
            int sent = 0;
            for (LocalDate day : Mornings.datesSomewhere(now)) {
                if (day.getDayOfWeek().compareTo(properties.overdueDigestDay()) < 0) {
                    continue;
                }
                LocalDate week = Weeks.mondayOf(day);
                List<OverdueSteps> overdue = actionSteps.overdueOn(day);
                Map<Long, User> clients =
                        people(overdue.stream().map(OverdueSteps::clientId).collect(Collectors.toSet()));
                for (OverdueSteps steps : overdue) {
                    Recipient to = Recipient.of(clients.get(steps.clientId()));
                    if (!isTheirMorningOf(day, to, now)) {
                        continue;
                    }
                    String some = steps.count() == 1 ? "1 action step is" : steps.count() + " action steps are";
                    String subject = some + (steps.count() == 1 ? " past its due date" : " past their due date");
                    sent += count(notifications.send(Notification.of(
                                    NotificationKind.OVERDUE_ACTION_STEPS, to, subject, steps.planPath())
                            .with(
                                    "summary",
                                    some + " past the due date, the oldest since " + Days.date(steps.oldestDueOn())
                                            + ". Log your progress, complete them, or agree a new date with your coach.")
                            .withInApp(some + " past the due date.", steps.planPath())
                            .onceFor("overdue-steps:" + steps.engagementId() + ":" + week)));
                }
            }
            return sent;
        });
    }

    /**
     * One prompt per engagement and week whose reflection is missing, from 08:00 of the prompt day in the client's
     * zone (or the first run after it); the journal's week is the client's.
     */
    int promptReflections(Instant now) {
        return transaction.execute(status -> {
            int sent = 0;
            for (LocalDate day : Mornings.datesSomewhere(now)) {
                if (day.getDayOfWeek().compareTo(properties.reflectionPromptDay()) < 0) {
                    continue;
                }
                LocalDate week = Weeks.mondayOf(day);
                List<MissingReflection> missing = reflections.missingForEveryone(week);
                Map<Long, User> clients =
                        people(missing.stream().map(MissingReflection::clientId).collect(Collectors.toSet()));
                for (MissingReflection reflection : missing) {
                    Recipient to = Recipient.of(clients.get(reflection.clientId()));
                    if (!isTheirMorningOf(day, to, now)) {
                        continue;
                    }
                    sent += count(notifications.send(Notification.of(
                                    NotificationKind.WEEKLY_REFLECTION,
                                    to,
                                    "Time for this week’s reflection",
                                    reflection.journalHref())
                            .with(
                                    "summary",
                                    "Block out time this week to review your action plan and reflect on your goals and"
                                            + " progress in " + reflection.engagementName()
                                            + ". Your journal is yours: your coach sees an"
                                            + " entry only if you share it.")
                            .withInApp(
                                    "Time for this week’s reflection (" + reflection.engagementName() + ").",
                                    reflection.journalHref())
                            .onceFor("weekly-reflection:" + reflection.engagementId() + ":" + week)));
                }
            }
            return sent;
        });
    }

    /** Whether it is {@code day} where {@code to} is, and 08:00 or later there. */
    private boolean isTheirMorningOf(LocalDate day, Recipient to, Instant now) {
        return Mornings.dayOnceMorningCame(now, notifications.zoneOf(to))
                .filter(day::equals)
                .isPresent();
    }

    private Map<Long, User> people(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        return users.findAllById(wanted).stream().collect(Collectors.toMap(User::getId, Function.identity()));
    }

    /** When the session is, in the recipient's zone. */
    private String when(UpcomingSession session, Recipient to) {
        return Notifications.when(session.startsAt(), session.endsAt(), notifications.zoneOf(to));
    }

    private static String with(User coach) {
        return coach == null ? "" : " with " + coach.getFullName();
    }

    private static int count(Optional<Long> sent) {
        return sent.isPresent() ? 1 : 0;
    }
}
