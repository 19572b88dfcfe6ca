package dev.triad.notification;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.engagement.PhaseService;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.session.SessionService.NewSession;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Closing an engagement (HR's close or the coach's move to closed) cancels its sessions and alignment meetings still to
 * come: recorded as cancelled because the engagement closed, never deducted from the hours, and a METHOD:CANCEL
 * calendar mail to everyone who was invited. What already took place stays as it was.
 */
@IntegrationTest
class ClosingCancelsWhatIsToComeIntegrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SessionService sessions;

    @Autowired
    AlignmentService alignment;

    @Autowired
    PhaseService phases;

    @Autowired
    OutboxMessages outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    private List<OutboxMessage> calendarMailsTo(User user) {
        return outbox.findByRecipientEmailOrderById(user.getEmail()).stream()
                .filter(m -> m.getKind() == NotificationKind.CALENDAR_UPDATE)
                .toList();
    }

    private BigDecimal hoursUsed(Long engagementId) {
        return jdbc.queryForObject(
                "select coalesce(sum(hours), 0) from hours_entry where engagement_id = ?",
                BigDecimal.class,
                engagementId);
    }

    @Test
    void hrClosingCancelsTheSessionsAndMeetingsToComeWithoutDeductingAndTellsEveryoneInvited() {
        Triad triad = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(triad.coach());
        new Activity(context).holdSessions(triad, 1);
        CoachingSession next = sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.HOURS), 60, SessionFormat.VIDEO, null),
                coach);
        AlignmentMeeting meeting = alignment.schedule(
                triad.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS),
                        60,
                        "Room 4"),
                coach);
        BigDecimal usedBefore = hoursUsed(triad.id());

        phases.move(
                triad.id(),
                new PhaseMove(null, Phase.CLOSED, Closure.TERMINATED, "The client left the company"),
                fixtures.principal(fixtures.hr()));

        assertThat(jdbc.queryForMap(
                        "select status, outcome_by_role, outcome_note from coaching_session where id = ?",
                        next.getId()))
                .containsEntry("status", "CANCELLED")
                .containsEntry("outcome_by_role", null)
                .containsEntry("outcome_note", "Cancelled because the engagement closed");
        assertThat(jdbc.queryForList(
                        "select status from coaching_session where engagement_id = ? and id <> ?",
                        String.class,
                        triad.id(),
                        next.getId()))
                .containsOnly("HELD");
        assertThat(hoursUsed(triad.id()))
                .as("a session cancelled by the close, a day ahead, is never deducted")
                .isEqualByComparingTo(usedBefore);
        assertThat(jdbc.queryForMap(
                        "select status, change_reason from alignment_meeting where id = ?", meeting.getId()))
                .containsEntry("status", "CANCELLED")
                .containsEntry("change_reason", "Cancelled because the engagement closed");

        for (User invited : List.of(triad.client(), triad.coach())) {
            assertThat(calendarMailsTo(invited))
                    .filteredOn(m -> m.getAttachmentText().contains("UID:" + next.getCalendarUid()))
                    .last()
                    .satisfies(mail -> {
                        assertThat(mail.getAttachmentText()).contains("METHOD:CANCEL");
                        assertThat(mail.getTextBody())
                                .contains("because the engagement closed")
                                .doesNotContain("/cancel");
                    });
        }
        for (User invited : List.of(triad.client(), triad.coach(), triad.leader())) {
            assertThat(calendarMailsTo(invited))
                    .filteredOn(m -> m.getAttachmentText().contains("UID:" + meeting.getCalendarUid()))
                    .last()
                    .satisfies(mail -> assertThat(mail.getAttachmentText()).contains("METHOD:CANCEL"));
        }
    }

    @Test
    void theCoachClosingTheEngagementCancelsItsSessionToComeToo() {
        Triad triad = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(triad.coach());
        CoachingSession next = sessions.schedule(
                triad.id(),
                new NewSession(
                        LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS), 60, SessionFormat.VIDEO, null),
                coach);

        phases.move(triad.id(), new PhaseMove(null, Phase.CLOSED, Closure.TERMINATED, "Goals met early"), coach);

        assertThat(jdbc.queryForObject("select status from coaching_session where id = ?", String.class, next.getId()))
                .isEqualTo("CANCELLED");
        assertThat(calendarMailsTo(triad.client()))
                .last()
                .satisfies(mail -> assertThat(mail.getAttachmentText())
                        .contains("METHOD:CANCEL")
                        .contains("UID:" + next.getCalendarUid()));
    }

    /**
     * The close is a confirmation step (no browser confirm()): the first post changes nothing and says what closing will
     * cancel; the confirmed post closes. A rule in the way (no reason to end early) is said on the form, before the step.
     */
    @Test
    void closingFirstSaysWhatItWillCancelAndClosesOnlyOnceConfirmed() throws Exception {
        Triad triad = fixtures.aTriad();
        CurrentUser coach = fixtures.principal(triad.coach());
        for (int days : List.of(3, 9)) {
            sessions.schedule(
                    triad.id(),
                    new NewSession(
                            LocalDateTime.now().plusDays(days).truncatedTo(ChronoUnit.HOURS),
                            60,
                            SessionFormat.VIDEO,
                            null),
                    coach);
        }
        alignment.schedule(
                triad.id(),
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.now().plusDays(10).truncatedTo(ChronoUnit.HOURS),
                        60,
                        "Room 4"),
                coach);

        MvcResult noReason = mvc.perform(post("/engagements/{id}/phase", triad.id())
                        .with(csrf())
                        .with(user(coach))
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED"))
                .andReturn();
        assertThat(noReason.getResponse().getContentAsString())
                .contains("id=\"reason-error\"")
                .doesNotContain("id=\"confirm-close\"");

        MvcResult step = mvc.perform(post("/engagements/{id}/phase", triad.id())
                        .with(csrf())
                        .with(user(coach))
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED")
                        .param("reason", "Moved abroad"))
                .andReturn();
        assertThat(step.getResponse().getStatus()).isEqualTo(200);
        String page = step.getResponse().getContentAsString();
        assertThat(page)
                .containsPattern("id=\"sessions-to-cancel\"[^>]*>[^<]*2 coaching sessions")
                .containsPattern("id=\"meetings-to-cancel\"[^>]*>[^<]*alignment meeting")
                .contains("id=\"confirm-close\"")
                .contains("name=\"confirmed\" value=\"true\"");
        assertThat(jdbc.queryForObject("select phase from engagement where id = ?", String.class, triad.id()))
                .isEqualTo("INTAKE");
        assertThat(jdbc.queryForList(
                        "select status from coaching_session where engagement_id = ?", String.class, triad.id()))
                .containsOnly("SCHEDULED");

        MvcResult confirmed = mvc.perform(post("/engagements/{id}/phase", triad.id())
                        .with(csrf())
                        .with(user(coach))
                        .param("from", "INTAKE")
                        .param("to", "CLOSED")
                        .param("closure", "TERMINATED")
                        .param("reason", "Moved abroad")
                        .param("confirmed", "true"))
                .andReturn();
        assertThat(confirmed.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select phase from engagement where id = ?", String.class, triad.id()))
                .isEqualTo("CLOSED");
        assertThat(jdbc.queryForList(
                        "select status from coaching_session where engagement_id = ?", String.class, triad.id()))
                .containsOnly("CANCELLED");
    }
}
