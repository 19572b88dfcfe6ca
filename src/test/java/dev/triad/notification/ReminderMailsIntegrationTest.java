package dev.triad.notification;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.goal.ActionStepService;
import dev.triad.reflection.Journal;
import dev.triad.reflection.ReflectionText;
import dev.triad.reflection.Weeks;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminders time sends: the session reminder within 24 hours (with the cancel and reschedule links, and the
 * late-cancellation warning for the client), the agenda reminder, the weekly overdue digest and reflection prompt.
 * Each is enqueued once however often the job runs, and not at all for someone who switched it off.
 */
@IntegrationTest
class ReminderMailsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ReminderMails reminders;

    @Autowired
    SessionService sessions;

    @Autowired
    ActionStepService actionSteps;

    @Autowired
    AlignmentService alignment;

    @Autowired
    Journal journal;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    JdbcTemplate jdbc;

    List<OutboxMessage> mailsTo(User user, NotificationKind kind) {
        return outbox.findByRecipientEmailOrderById(user.getEmail()).stream()
                .filter(m -> m.getKind() == kind)
                .toList();
    }

    /** 09:00 UTC of that day: the morning of a person in the organisation's zone (UTC in tests). */
    static Instant morningOf(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    int digestsTo(User client) {
        return mailsTo(client, NotificationKind.OVERDUE_ACTION_STEPS).size();
    }

    CoachingSession sessionIn(Triad triad, Duration fromNow) {
        LocalDateTime start = LocalDateTime.now().plus(fromNow).truncatedTo(ChronoUnit.MINUTES);
        return sessions.schedule(
                triad.id(), new NewSession(start, 60, SessionFormat.VIDEO, null), fixtures.principal(triad.coach()));
    }

    @Test
    void aSessionWithinADayRemindsClientAndCoachOnceWithLinksThatGoThroughTheCancellationPolicy() {
        Triad triad = fixtures.aTriad();
        CoachingSession session = sessionIn(triad, Duration.ofHours(20));
        String page = "/engagements/" + triad.id() + "/sessions/" + session.getId();

        reminders.remindOfSessions(Instant.now());
        reminders.remindOfSessions(Instant.now());

        assertThat(mailsTo(triad.client(), NotificationKind.SESSION_REMINDER))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject())
                            .contains("Reminder: coaching session with "
                                    + triad.coach().getFullName());
                    assertThat(mail.getTextBody())
                            .startsWith("Dear " + triad.client().getFullName() + ",")
                            .contains("Cancel: http://localhost:8080" + page + "/cancel")
                            .contains("Or move it to another time: http://localhost:8080" + page + "/move")
                            .contains("less than 48 hours before the session")
                            .contains("Choose which reminders you get: http://localhost:8080/account/notifications");
                    assertThat(mail.getHtmlBody()).contains(page + "/cancel").contains(page + "/move");
                });
        assertThat(mailsTo(triad.coach(), NotificationKind.SESSION_REMINDER))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject())
                            .contains("with " + triad.client().getFullName());
                    assertThat(mail.getTextBody()).contains(page + "/cancel").doesNotContain("deducted");
                });
        // no agenda yet: the client is asked for one, once
        assertThat(mailsTo(triad.client(), NotificationKind.AGENDA_REMINDER))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getTextBody())
                        .contains("It has no agenda yet")
                        .contains(page));
    }

    @Test
    void aThreeWayMeetingWithinADayRemindsAllThreeOnceWithItsCancelAndMoveLinks() {
        Triad triad = fixtures.aTriad();
        AlignmentMeeting meeting = alignment.schedule(
                triad.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusHours(20).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        "Board room"),
                fixtures.principal(triad.coach()));
        String page = "/engagements/" + triad.id() + "/alignment/meetings/" + meeting.getId();

        reminders.remindOfMeetings(Instant.now());
        reminders.remindOfMeetings(Instant.now());

        for (User person : List.of(triad.client(), triad.coach(), triad.leader())) {
            assertThat(mailsTo(person, NotificationKind.SESSION_REMINDER))
                    .as(person.getEmail())
                    .singleElement()
                    .satisfies(mail -> {
                        assertThat(mail.getSubject()).startsWith("Reminder: Initial alignment meeting on");
                        assertThat(mail.getTextBody())
                                .contains(page + "/cancel")
                                .contains(page + "/move");
                    });
        }
    }

    @Test
    void sessionsFurtherAwayGetTheAgendaReminderFirstAndNoneOnceTheAgendaIsWritten() {
        Triad triad = fixtures.aTriad();
        CoachingSession inTwoDays = sessionIn(triad, Duration.ofHours(50));
        CoachingSession inTwoAndAHalfDays = sessionIn(triad, Duration.ofHours(60));
        sessionIn(triad, Duration.ofDays(5));
        sessions.writeAgenda(
                triad.id(),
                inTwoAndAHalfDays.getId(),
                inTwoAndAHalfDays.getVersion(),
                "The board presentation",
                fixtures.principal(triad.client()));

        reminders.remindOfSessions(Instant.now());

        assertThat(mailsTo(triad.client(), NotificationKind.SESSION_REMINDER)).isEmpty();
        assertThat(mailsTo(triad.client(), NotificationKind.AGENDA_REMINDER))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getTextBody()).contains("/sessions/" + inTwoDays.getId()));
        assertThat(outbox.findByRecipientEmailOrderById(triad.client().getEmail()))
                .allSatisfy(mail ->
                        assertThat(mail.getTextBody() + mail.getHtmlBody()).doesNotContain("board presentation"));

        // a day later the first one is within 24 hours
        reminders.remindOfSessions(Instant.now().plus(Duration.ofHours(27)));
        assertThat(mailsTo(triad.client(), NotificationKind.SESSION_REMINDER))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getTextBody()).contains("/sessions/" + inTwoDays.getId()));
    }

    @Test
    void cancelledSessionsAndPeopleWhoSwitchedTheReminderOffGetNone() {
        Triad triad = fixtures.aTriad();
        preferences.chooseReminders(
                triad.client().getId(),
                triad.client().getRoles(),
                EnumSet.complementOf(EnumSet.of(
                        NotificationKind.SESSION_REMINDER,
                        NotificationKind.AGENDA_REMINDER,
                        NotificationKind.FEEDBACK_360_REMINDER)));
        sessionIn(triad, Duration.ofHours(10));
        CoachingSession cancelled = sessionIn(triad, Duration.ofHours(12));
        sessions.cancel(triad.id(), cancelled.getId(), null, fixtures.principal(triad.coach()));

        reminders.remindOfSessions(Instant.now());

        assertThat(mailsTo(triad.client(), NotificationKind.SESSION_REMINDER)).isEmpty();
        assertThat(mailsTo(triad.client(), NotificationKind.AGENDA_REMINDER)).isEmpty();
        assertThat(mailsTo(triad.coach(), NotificationKind.SESSION_REMINDER))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getTextBody()).doesNotContain("/sessions/" + cancelled.getId()));
    }

    @Test
    void overdueActionStepsComeAsOneWeeklyDigestPerEngagement() {
        Triad triad = fixtures.aTriad();
        Triad closed = fixtures.aTriad();
        CurrentUser client = fixtures.principal(triad.client());
        LocalDate monday = Weeks.mondayOf(LocalDate.now()).plusWeeks(1);
        actionSteps.add(triad.id(), null, "Ask two peers for feedback", monday.minusDays(3), client);
        actionSteps.add(triad.id(), null, "Delegate the budget review", monday.minusDays(1), client);
        actionSteps.add(triad.id(), null, "Not due yet", monday.plusDays(2), client);
        actionSteps.add(
                closed.id(), null, "In a closed engagement", monday.minusDays(3), fixtures.principal(closed.client()));
        jdbc.update("update engagement set phase = 'CLOSED' where id = ?", closed.id());

        reminders.digestOverdueSteps(morningOf(monday));
        reminders.digestOverdueSteps(morningOf(monday.plusDays(1)));

        assertThat(mailsTo(triad.client(), NotificationKind.OVERDUE_ACTION_STEPS))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("2 action steps are past their due date");
                    assertThat(mail.getTextBody())
                            .contains("/engagements/" + triad.id() + "/plan")
                            .doesNotContain("Ask two peers")
                            .doesNotContain("Delegate");
                });
        assertThat(mailsTo(closed.client(), NotificationKind.OVERDUE_ACTION_STEPS))
                .isEmpty();

        // next week, another digest
        reminders.digestOverdueSteps(morningOf(monday.plusWeeks(1)));
        assertThat(mailsTo(triad.client(), NotificationKind.OVERDUE_ACTION_STEPS))
                .hasSize(2);
    }

    @Test
    void theWeeklyReflectionPromptGoesOnItsDayToClientsWhoHaveNotReflectedYet() {
        Triad writes = fixtures.aTriad();
        Triad forgets = fixtures.aTriad();
        LocalDate monday = Weeks.mondayOf(LocalDate.now());
        journal.write(
                writes.id(),
                fixtures.principal(writes.client()),
                monday,
                new ReflectionText("Reviewed my plan", null, null),
                false);

        reminders.promptReflections(morningOf(monday.plusDays(3))); // Thursday: not yet
        assertThat(mailsTo(forgets.client(), NotificationKind.WEEKLY_REFLECTION))
                .isEmpty();

        reminders.promptReflections(morningOf(monday.plusDays(4))); // Friday
        reminders.promptReflections(morningOf(monday.plusDays(5)));
        assertThat(mailsTo(forgets.client(), NotificationKind.WEEKLY_REFLECTION))
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("Time for this week’s reflection");
                    assertThat(mail.getTextBody())
                            .contains("/engagements/" + forgets.id() + "/journal/new")
                            .contains("your coaching with " + forgets.coach().getFullName());
                });
        assertThat(mailsTo(writes.client(), NotificationKind.WEEKLY_REFLECTION)).isEmpty();
    }

    /**
     * The job runs every hour; each client's digest goes in the run where it is Monday 08:xx for them — in London,
     * New York and Singapore, in the weeks New York and London spring forward and the week London falls back — and
     * once that week, however many runs follow.
     */
    @Test
    void theWeeklyDigestGoesAtEightOnMondayInEachClientsZoneAcrossDaylightSavingChanges() {
        List<ZoneId> zones =
                List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Singapore"));
        List<LocalDate> mondays = List.of(
                LocalDate.of(2027, 3, 15), // New York moved to EDT the day before
                LocalDate.of(2027, 3, 29), // London moved to BST the day before
                LocalDate.of(2027, 11, 1)); // London back to GMT the day before, New York still on EDT
        Map<ZoneId, User> clients = new java.util.LinkedHashMap<>();
        for (ZoneId zone : zones) {
            Triad triad = fixtures.aTriad();
            clients.put(zone, fixtures.inZone(triad.client(), zone));
            for (LocalDate monday : mondays) {
                actionSteps.add(
                        triad.id(),
                        null,
                        "Due before " + monday,
                        monday.minusDays(3),
                        fixtures.principal(triad.client()));
            }
        }
        for (LocalDate monday : mondays) {
            // from Sunday 14:00 UTC (Sunday morning everywhere here: last week's digest, if any, goes in that run)
            Instant from = monday.minusDays(1).atTime(14, 0).toInstant(ZoneOffset.UTC);
            reminders.digestOverdueSteps(from);
            Map<ZoneId, Integer> before = new java.util.HashMap<>();
            zones.forEach(zone -> before.put(zone, digestsTo(clients.get(zone))));
            Map<ZoneId, Instant> sentAt = new java.util.HashMap<>();
            for (Instant run = from.plus(Duration.ofHours(1));
                    run.isBefore(from.plus(Duration.ofHours(48)));
                    run = run.plus(Duration.ofHours(1))) {
                reminders.digestOverdueSteps(run.plusSeconds(7)); // the run at hh:00:07
                for (ZoneId zone : zones) {
                    int count = digestsTo(clients.get(zone));
                    if (count > before.get(zone) && !sentAt.containsKey(zone)) {
                        sentAt.put(zone, run);
                    }
                    assertThat(count).as(zone + " at " + run).isLessThanOrEqualTo(before.get(zone) + 1);
                }
            }
            for (ZoneId zone : zones) {
                assertThat(sentAt).as(zone + ", week of " + monday).containsKey(zone);
                assertThat(sentAt.get(zone).atZone(zone).toLocalDateTime())
                        .as(zone + ", week of " + monday)
                        .isEqualTo(monday.atTime(8, 0));
            }
        }
    }
}
