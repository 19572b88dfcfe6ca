package dev.triad.notification;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ProgressReport;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportCadence;
import dev.triad.alignment.ReportText;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.MailIntegrationTest;
import dev.triad.support.Mails;
import dev.triad.support.TestMailServer;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Alignment meetings, outcomes and progress reports as emails received by a real SMTP server (GreenMail). */
@MailIntegrationTest
class AlignmentMailsIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    AlignmentService alignment;

    @Autowired
    ProgressReportService reports;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    ProgressReportReminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    static String calendarOf(MimeMessage mail) {
        return Mails.first(mail, "text/calendar")
                .orElseThrow(() -> new AssertionError("no calendar part"))
                .text();
    }

    List<MimeMessage> received(User user) {
        sender.sendDue(
                java.time.Instant.now(),
                java.util.List.of(user.getEmail())); // theirs, not a batch of the shared outbox
        return TestMailServer.to(user.getEmail());
    }

    /** The mails with a calendar entry (client and coach were also told of the coach's assignment). */
    List<MimeMessage> calendarMails(User user) {
        return received(user).stream()
                .filter(mail -> Mails.first(mail, "text/calendar").isPresent())
                .toList();
    }

    @Test
    void allThreeAreInvitedWithACalendarEntryThatMovesAndIsCancelledUnderOneUid() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        AlignmentMeeting meeting = alignment.schedule(
                t.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusDays(6).truncatedTo(ChronoUnit.HOURS),
                        90,
                        "Board room"),
                fixtures.principal(t.client()));
        alignment.prepareObjectives(
                t.id(), meeting.getId(), "Secret objective about my rival", fixtures.principal(t.client()));
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            List<MimeMessage> mails = calendarMails(person);
            assertThat(mails).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).isEqualTo("New initial alignment meeting");
            assertThat(Mails.text(mail))
                    .startsWith("Dear " + person.getFullName())
                    .contains("Where: Board room")
                    .contains("/engagements/" + t.id() + "/alignment/meetings/" + meeting.getId());
            assertThat(calendarOf(mail))
                    .contains("METHOD:REQUEST")
                    .contains("UID:" + meeting.getCalendarUid())
                    .contains("SEQUENCE:0")
                    .contains(t.leader().getEmail())
                    .contains(t.client().getEmail());
        }

        alignment.move(
                t.id(),
                meeting.getId(),
                LocalDateTime.now().plusDays(8).truncatedTo(ChronoUnit.HOURS),
                60,
                "Board room",
                "Leader away",
                coach);
        MimeMessage moved = calendarMails(t.leader()).get(1);
        assertThat(moved.getSubject()).isEqualTo("Initial alignment meeting moved");
        assertThat(calendarOf(moved))
                .contains("METHOD:REQUEST")
                .contains("UID:" + meeting.getCalendarUid())
                .contains("SEQUENCE:1");

        alignment.cancel(t.id(), meeting.getId(), null, coach);
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            List<MimeMessage> mails = calendarMails(person);
            assertThat(mails).hasSize(3);
            assertThat(calendarOf(mails.get(2)))
                    .contains("METHOD:CANCEL")
                    .contains("UID:" + meeting.getCalendarUid())
                    .contains("SEQUENCE:2");
            for (MimeMessage mail : mails) {
                assertThat(Mails.text(mail) + Mails.html(mail) + calendarOf(mail))
                        .doesNotContain("Secret objective");
            }
        }
    }

    @Test
    void anOutcomeWrittenBeforeTheMeetingIsSentForConfirmationOnlyOnceTheMeetingHasTakenPlace() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        AlignmentMeeting meeting = alignment.schedule(
                t.id(),
                new NewMeeting(
                        MeetingKind.INITIAL, LocalDateTime.now().plusDays(11).truncatedTo(ChronoUnit.HOURS), 60, null),
                coach);
        alignment.writeOutcome(
                t.id(),
                meeting.getId(),
                new OutcomeText("Prepared goals", "Prepared measure", ReportCadence.MONTHLY),
                coach);
        java.util.function.Function<User, Long> asks =
                person -> outbox.findByRecipientEmailOrderById(person.getEmail()).stream()
                        .filter(m -> m.getKind() == NotificationKind.ALIGNMENT_TO_CONFIRM)
                        .count();
        alignment.askToConfirmOutcomesOfMeetingsTakenPlace(java.time.Instant.now());
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            assertThat(asks.apply(person))
                    .as("nobody is asked 11 days before the meeting")
                    .isZero();
        }
        java.time.Instant justAfter = meeting.getStartsAt().plusSeconds(60);
        alignment.askToConfirmOutcomesOfMeetingsTakenPlace(justAfter);
        alignment.askToConfirmOutcomesOfMeetingsTakenPlace(justAfter.plusSeconds(600));
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            assertThat(asks.apply(person))
                    .as("asked once the meeting has begun, once")
                    .isEqualTo(1);
        }
    }

    @Test
    void eachParticipantIsAskedOnceToConfirmEachVersionAndTheLeaderHearsOfANewReport() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        CurrentUser client = fixtures.principal(t.client());
        AlignmentMeeting meeting = fixtures.meetingThatBegan(
                t.id(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES),
                60,
                null,
                coach);
        alignment.writeOutcome(
                t.id(),
                meeting.getId(),
                new OutcomeText("Secret goal wording", "Secret measure", ReportCadence.MONTHLY),
                coach);
        alignment.writeOutcome(
                t.id(),
                meeting.getId(),
                new OutcomeText("Secret goal wording, edited", "Secret measure", ReportCadence.MONTHLY),
                coach);
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            List<OutboxMessage> asks = outbox.findByRecipientEmailOrderById(person.getEmail()).stream()
                    .filter(m -> m.getKind() == NotificationKind.ALIGNMENT_TO_CONFIRM)
                    .toList();
            assertThat(asks)
                    .as("an edit before anyone confirmed asks nobody twice")
                    .hasSize(1);
        }
        alignment.confirm(t.id(), meeting.getId(), client);
        alignment.writeOutcome(
                t.id(),
                meeting.getId(),
                new OutcomeText("Secret goal wording v2", "Secret measure", ReportCadence.MONTHLY),
                coach);
        MimeMessage ask = received(t.leader()).stream()
                .filter(m -> subject(m).startsWith("Please confirm"))
                .toList()
                .get(1);
        assertThat(Mails.text(ask)).contains("version 2").contains("#outcome").doesNotContain("Secret");
        assertThat(received(t.client()).stream().filter(m -> subject(m).startsWith("Please confirm")))
                .hasSize(2);

        ProgressReport report =
                reports.write(t.id(), new ReportText("Secret c", "Secret d", "Secret o", "Secret n"), client);
        reports.send(t.id(), report.getId(), client);
        MimeMessage news = received(t.leader()).stream()
                .filter(m -> subject(m).startsWith("New progress report"))
                .findFirst()
                .orElseThrow();
        assertThat(subject(news))
                .isEqualTo("New progress report from " + t.client().getFullName());
        assertThat(Mails.text(news))
                .contains("/engagements/" + t.id() + "/reports/" + report.getId())
                .doesNotContain("Secret");
    }

    /** Today's noon in the organisation's zone (UTC in tests): the reminders' 08:00 has come for its people. */
    static Instant noonToday() {
        return LocalDate.now(ZoneOffset.UTC).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aClientWhoseReportIsDueIsRemindedOncePerDueDate() throws Exception {
        Triad t = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(t.coach());
        AlignmentMeeting meeting = fixtures.meetingThatBegan(
                t.id(),
                MeetingKind.INITIAL,
                LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES),
                60,
                null,
                coach);
        alignment.writeOutcome(
                t.id(), meeting.getId(), new OutcomeText("Goals", "Measures", ReportCadence.MONTHLY), coach);
        for (User person : List.of(t.client(), t.coach(), t.leader())) {
            alignment.confirm(t.id(), meeting.getId(), fixtures.principal(person));
        }
        reminders.sendDueReminders(noonToday());
        assertThat(dueReminders(t.client())).as("agreed today: due in a month").isEmpty();

        LocalDate agreed = LocalDate.now().minusMonths(1).minusDays(3);
        jdbc.update("update reporting_agreement set agreed_on = ? where engagement_id = ?", agreed, t.id());
        reminders.remindDueReports();
        reminders.sendDueReminders(noonToday());
        assertThat(dueReminders(t.client())).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject())
                    .isEqualTo("Progress report due for " + t.leader().getFullName());
            assertThat(mail.getTextBody())
                    .contains("/engagements/" + t.id() + "/reports/new")
                    .contains("/account/notifications");
        });
        List<MimeMessage> mails = received(t.client()).stream()
                .filter(m -> subject(m).startsWith("Progress report due"))
                .toList();
        assertThat(mails).hasSize(1);

        // once the report is sent, nothing is due until the next period
        ProgressReport report =
                reports.write(t.id(), new ReportText("c", "d", "o", "n"), fixtures.principal(t.client()));
        reports.send(t.id(), report.getId(), fixtures.principal(t.client()));
        assertThat(reports.dueToday()).noneMatch(due -> due.engagementId().equals(t.id()));
    }

    List<OutboxMessage> dueReminders(User user) {
        return outbox.findByRecipientEmailOrderById(user.getEmail()).stream()
                .filter(m -> m.getKind() == NotificationKind.PROGRESS_REPORT_DUE)
                .toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
