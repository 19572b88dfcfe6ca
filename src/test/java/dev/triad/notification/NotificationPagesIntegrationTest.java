package dev.triad.notification;

import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.InvitationIssued;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.CalendarInvite;
import dev.triad.system.CalendarInviteTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notifications without a mail server (the embedded default): the outbox keeps messages HELD and
 * shows them to HR only; the bell and the notification list show each person their own; reminder
 * preferences decide what is written.
 */
@IntegrationTest
@RecordApplicationEvents
class NotificationPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    Notifications notifications;

    @Autowired
    OutboxMessages messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    NotificationPreferences preferences;

    long outboxRows(String email) {
        return jdbc.queryForObject("select count(*) from outbox_message where recipient_email = ?", Long.class, email);
    }

    long inAppRows(Long userId) {
        return jdbc.queryForObject("select count(*) from app_notification where user_id = ?", Long.class, userId);
    }

    Notification reminder(User to, NotificationKind kind) {
        return Notification.of(kind, Recipient.of(to), "A reminder for you", "/");
    }

    @Test
    void withoutAMailServerTheInvitationIsHeldAndHrCanReadItButNotUseItsLink() throws Exception {
        RequestPostProcessor hr = fixtures.as(fixtures.hr());
        String email = Fixtures.uniqueEmail("held");
        mvc.perform(post("/people")
                        .with(hr)
                        .with(csrf())
                        .param("fullName", "Harriet Held")
                        .param("email", email)
                        .param("roles", "CLIENT"))
                .andExpect(redirectedUrl("/people"));
        OutboxMessage message = messages.findByRecipientEmailOrderById(email).get(0);
        assertThat(message.getStatus()).isEqualTo(OutboxStatus.HELD);
        assertThat(message.getKind()).isEqualTo(NotificationKind.INVITATION);
        String token = events.stream(InvitationIssued.class)
                .reduce((a, b) -> b)
                .orElseThrow()
                .rawToken();
        assertThat(message.getTextBody())
                .contains("Dear Harriet Held,")
                .contains("http://localhost:8080/account/invitation/" + token);

        mvc.perform(get("/outbox").with(hr))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "tbody tr",
                        hasItem(allOf(
                                containsString("Your invitation to Triad"),
                                containsString(email),
                                containsString("HELD")))))
                .andExpect(content().string(containsString("No mail server is configured")));
        mvc.perform(get("/outbox").param("status", "SENT").with(hr))
                .andExpect(content().string(not(containsString(email))));
        mvc.perform(get("/outbox/{id}", message.getId()).with(hr))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Dear Harriet Held,"),
                                containsString(SecretLinks.HIDDEN),
                                containsString("&lt;!DOCTYPE html&gt;"),
                                not(containsString(token)))))
                // held and no mail server: nothing to retry yet
                .andExpect(content().string(not(containsString(">Retry</button>"))));
        mvc.perform(post("/outbox/{id}/retry", message.getId()).with(hr).with(csrf()))
                .andExpect(redirectedUrl("/outbox/" + message.getId()));
        assertThat(messages.findById(message.getId()).orElseThrow().getStatus()).isEqualTo(OutboxStatus.HELD);
    }

    @Test
    void theOutboxIsForHrOnly() throws Exception {
        fixtures.aTriad();
        Long id = notifications
                .send(reminder(fixtures.person(Role.CLIENT), NotificationKind.WEEKLY_REFLECTION))
                .orElseThrow();
        for (Role role : List.of(Role.CLIENT, Role.COACH, Role.LEADER)) {
            RequestPostProcessor someone = fixtures.as(fixtures.person(role));
            mvc.perform(get("/outbox").with(someone)).andExpect(status().isForbidden());
            mvc.perform(get("/outbox/{id}", id).with(someone)).andExpect(status().isForbidden());
            mvc.perform(post("/outbox/{id}/retry", id).with(someone).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/outbox/{id}", id).with(fixtures.as(fixtures.hr()))).andExpect(status().isOk());
        mvc.perform(get("/outbox/{id}", Long.MAX_VALUE).with(fixtures.as(fixtures.hr())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/outbox")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void eachPersonSeesOnlyTheirOwnNotificationsAndTheBellCountsTheUnread() throws Exception {
        User me = fixtures.person(Role.CLIENT);
        User other = fixtures.person(Role.CLIENT);
        notifications.send(Notification.of(
                NotificationKind.CALENDAR_UPDATE, Recipient.of(me), "Session moved to Friday", "/engagements/1"));
        notifications.send(Notification.of(
                NotificationKind.WEEKLY_REFLECTION, Recipient.of(me), "Time for your weekly reflection", "/"));
        notifications.send(
                Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(other), "Someone else’s session", "/"));
        RequestPostProcessor asMe = fixtures.as(me);

        mvc.perform(get("/").with(asMe))
                .andExpect(Page.count("[aria-label='Notifications, 2 unread']", is(1)))
                .andExpect(Page.text("#unread-count", is("2")));
        mvc.perform(get("/notifications").with(asMe))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "#notifications > li > div > a",
                        containsInAnyOrder("Session moved to Friday", "Time for your weekly reflection")))
                .andExpect(content().string(not(containsString("Someone else’s session"))));
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsPageButSomeoneElsesIsNotFound() throws Exception {
        User me = fixtures.person(Role.CLIENT);
        User other = fixtures.person(Role.CLIENT);
        notifications.send(
                Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(me), "Mine", "/engagements/7"));
        notifications.send(
                Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(other), "Theirs", "/engagements/8"));
        Long mine = jdbc.queryForObject("select id from app_notification where user_id = ?", Long.class, me.getId());
        Long theirs =
                jdbc.queryForObject("select id from app_notification where user_id = ?", Long.class, other.getId());
        RequestPostProcessor asMe = fixtures.as(me);

        mvc.perform(get("/notifications/{id}", theirs).with(asMe)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select read_at is null from app_notification where id = ?", Boolean.class, theirs))
                .isTrue();
        mvc.perform(get("/notifications/{id}", mine).with(asMe)).andExpect(redirectedUrl("/engagements/7"));
        mvc.perform(get("/").with(asMe)).andExpect(Page.count("[aria-label='Notifications, none unread']", is(1)));
    }

    @Test
    void markAllReadEmptiesTheBellForMeOnly() throws Exception {
        User me = fixtures.person(Role.COACH);
        User other = fixtures.person(Role.COACH);
        notifications.send(reminder(me, NotificationKind.SESSION_REMINDER));
        notifications.send(reminder(other, NotificationKind.SESSION_REMINDER));
        mvc.perform(post("/notifications/read").with(fixtures.as(me)).with(csrf()))
                .andExpect(redirectedUrl("/notifications"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_notification where user_id = ? and read_at is null",
                        Long.class,
                        me.getId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_notification where user_id = ? and read_at is null",
                        Long.class,
                        other.getId()))
                .isOne();
    }

    @Test
    void notificationsLinkOnlyToPagesOfTriad() {
        User me = fixtures.person(Role.CLIENT);
        for (String link :
                List.of("https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)", "")) {
            assertThatThrownBy(() -> notifications.send(
                            Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(me), "x", link)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(outboxRows(me.getEmail())).isZero();
    }

    @Test
    void aSwitchedOffReminderWritesNothingButAMandatoryMailIsAlwaysWritten() throws Exception {
        User me = fixtures.person(Role.CLIENT);
        mvc.perform(post("/account/notifications")
                        .with(fixtures.as(me))
                        .with(csrf())
                        .param("reminders", "WEEKLY_REFLECTION")
                        .param("reminders", "PASSWORD_CHANGED"))
                .andExpect(redirectedUrl("/account/notifications"));

        assertThat(notifications.send(reminder(me, NotificationKind.SESSION_REMINDER)))
                .isEmpty();
        assertThat(outboxRows(me.getEmail())).isZero();
        assertThat(inAppRows(me.getId())).isZero();

        assertThat(notifications.send(reminder(me, NotificationKind.WEEKLY_REFLECTION)))
                .isPresent();
        assertThat(outboxRows(me.getEmail())).isOne();

        // even an opt-out row for a mandatory kind (which the page never writes) does not stop it
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_opt_out where user_id = ? and kind = 'PASSWORD_CHANGED'",
                        Long.class,
                        me.getId()))
                .isZero();
        jdbc.update("insert into notification_opt_out (user_id, kind) values (?, 'PASSWORD_CHANGED')", me.getId());
        assertThat(notifications.send(Notification.of(
                                NotificationKind.PASSWORD_CHANGED,
                                Recipient.of(me),
                                "Password changed",
                                "/account/password-reset")
                        .withInApp("Your password was changed.", "/account/password")))
                .isPresent();
        assertThat(outboxRows(me.getEmail())).isEqualTo(2);
    }

    @Test
    void thePreferencesPageShowsTheRemindersAsChosenAndTheMandatoryMailsAsAlwaysOn() throws Exception {
        User me = fixtures.person(Role.CLIENT);
        RequestPostProcessor asMe = fixtures.as(me);
        mvc.perform(post("/account/notifications").with(asMe).with(csrf()).param("reminders", "AGENDA_REMINDER"));
        String page = mvc.perform(get("/account/notifications").with(asMe))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "Session reminder",
                        "Weekly reflection prompt",
                        "Always sent",
                        "Invitation to Triad",
                        "Password reset links",
                        "Calendar invitations and updates");
        assertThat(page).containsPattern("value=\"AGENDA_REMINDER\"[^>]*checked");
        assertThat(page).doesNotContainPattern("value=\"SESSION_REMINDER\"[^>]*checked");
        assertThat(page).containsPattern("checked disabled");
    }

    @Test
    void theSettingsPageListsOnlyTheKindsThatCanReachThePersonsRoles() throws Exception {
        assertThat(kindsListedFor(fixtures.person(Role.LEADER)))
                .contains(
                        "CLIENT_SHARES",
                        "SESSION_REMINDER",
                        "ALIGNMENT_TO_CONFIRM",
                        "PROGRESS_REPORT_SENT",
                        "CLOSE_OUT_SURVEY",
                        "INVITATION")
                .doesNotContain(
                        "AGENDA_REMINDER",
                        "WEEKLY_REFLECTION",
                        "LEADER_FEEDBACK",
                        "COACH_ASSIGNMENT",
                        "ATTENDANCE_ALERT",
                        "FEEDBACK_360_REMINDER",
                        "FEEDBACK_360_INVITATION");
        assertThat(kindsListedFor(fixtures.person(Role.COACH)))
                .contains("COACH_ASSIGNMENT", "SESSION_REMINDER", "CALENDAR_UPDATE")
                .doesNotContain(
                        "LEADER_FEEDBACK", "SESSION_SUMMARY", "CLIENT_SHARES", "COACH_CHANGED", "LOW_FIT_SIGNAL");
        assertThat(kindsListedFor(fixtures.person(Role.CLIENT)))
                .contains("LEADER_FEEDBACK", "SESSION_SUMMARY", "COACH_CHANGED", "AGENDA_REMINDER", "CHECK_IN_DUE")
                .doesNotContain("CLIENT_SHARES", "COACH_ASSIGNMENT", "PROGRESS_REPORT_SENT", "COACH_CHANGE_REQUEST");
        User hr = fixtures.hr();
        assertThat(kindsListedFor(hr))
                .contains("ATTENDANCE_ALERT", "LOW_FIT_SIGNAL", "COACH_CHANGE_REQUEST", "PASSWORD_CHANGED")
                .doesNotContain("SESSION_REMINDER", "CALENDAR_UPDATE", "COACH_ASSIGNMENT");
        assertThat(mvc.perform(get("/account/notifications").with(fixtures.as(hr)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("id=\"nothing-to-choose\"");
    }

    @Test
    void savingTheSettingsChangesOnlyTheKindsThePageListed() throws Exception {
        User me = fixtures.person(Role.LEADER);
        mvc.perform(post("/account/notifications")
                        .with(fixtures.as(me))
                        .with(csrf())
                        .param("reminders", "SESSION_REMINDER"))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.remindersFor(me.getId()))
                .contains(NotificationKind.SESSION_REMINDER)
                .doesNotContain(NotificationKind.CLIENT_SHARES, NotificationKind.ALIGNMENT_TO_CONFIRM)
                .as("a client's reminder the leader's page did not list is not switched off by it")
                .contains(NotificationKind.AGENDA_REMINDER, NotificationKind.WEEKLY_REFLECTION);
    }

    private java.util.List<String> kindsListedFor(User person) throws Exception {
        String page = mvc.perform(get("/account/notifications").with(fixtures.as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return java.util.regex.Pattern.compile("data-kind=\"([A-Z_0-9]+)\"")
                .matcher(page)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    @Test
    void aReminderSaysWhereToSwitchItOffAndAMandatoryMailDoesNot() {
        User me = fixtures.person(Role.CLIENT);
        notifications.send(
                Notification.of(NotificationKind.WEEKLY_REFLECTION, Recipient.of(me), "Weekly reflection", "/"));
        notifications.send(Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(me), "Session moved", "/"));
        List<OutboxMessage> sent = messages.findByRecipientEmailOrderById(me.getEmail());
        assertThat(sent.get(0).getTextBody())
                .contains("Dear " + me.getFullName() + ",")
                .contains("Choose which reminders you get: http://localhost:8080/account/notifications");
        assertThat(sent.get(0).getHtmlBody()).contains("href=\"http://localhost:8080/account/notifications\"");
        assertThat(sent.get(1).getTextBody()).doesNotContain("/account/notifications");
        assertThat(sent.get(1).getHtmlBody()).doesNotContain("/account/notifications");
    }

    @Test
    void aMessageKeyedOnceIsWrittenOnce() {
        User me = fixtures.person(Role.CLIENT);
        String key = "session-reminder:" + me.getId();
        assertThat(notifications.send(
                        reminder(me, NotificationKind.SESSION_REMINDER).onceFor(key)))
                .isPresent();
        assertThat(notifications.send(
                        reminder(me, NotificationKind.SESSION_REMINDER).onceFor(key)))
                .isEmpty();
        assertThat(outboxRows(me.getEmail())).isOne();
    }

    @Test
    void everyKindHasItsTwoTemplatesAndAddressesThePersonByName() {
        User me = fixtures.person(Role.CLIENT);
        for (NotificationKind kind : NotificationKind.values()) {
            Notification n = Notification.of(kind, Recipient.of(me), kind.getLabel(), "/")
                    .withInApp("x", "/");
            if (kind == NotificationKind.CALENDAR_UPDATE) {
                n = n.withCalendar(CalendarInvite.request(
                        "k@triad",
                        0,
                        CalendarInviteTest.START,
                        java.time.Duration.ofHours(1),
                        "Coaching session",
                        null,
                        null,
                        CalendarInviteTest.COACH,
                        List.of(CalendarInviteTest.CLIENT)));
            }
            if (kind.goesToRaters()) {
                n = n.toARaterOf(1L);
            }
            notifications.send(n.with("email", me.getEmail()).with("validFor", "7 days"));
        }
        List<OutboxMessage> sent = messages.findByRecipientEmailOrderById(me.getEmail());
        assertThat(sent).hasSize(NotificationKind.values().length);
        assertThat(sent).allSatisfy(m -> {
            assertThat(m.getTextBody()).startsWith("Dear " + me.getFullName() + ",");
            assertThat(m.getHtmlBody()).contains(me.getFullName()).contains("http://localhost:8080/");
        });
    }

    @Test
    void aPersonWithoutAnAccountGetsTheMailButNoInAppNotificationNorPreferencesFooter() {
        String email = Fixtures.uniqueEmail("rater");
        notifications.send(Notification.of(
                        NotificationKind.FEEDBACK_360_REMINDER,
                        Recipient.withoutAccount(email, "Rita Rater"),
                        "Your feedback for Chris",
                        "/")
                .toARaterOf(1L));
        OutboxMessage message = messages.findByRecipientEmailOrderById(email).get(0);
        assertThat(message.getRecipientUserId()).isNull();
        assertThat(message.getTextBody()).contains("Dear Rita Rater,").doesNotContain("/account/notifications");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app_notification n join app_user u on u.id = n.user_id where u.email = ?",
                        Long.class,
                        email))
                .isZero();
    }

    @Test
    void theNavbarShowsTheOutboxToHrAndTheBellToEveryone() throws Exception {
        mvc.perform(get("/").with(fixtures.as(fixtures.hr())))
                .andExpect(Page.count("a[href=/outbox]", greaterThan(0)))
                .andExpect(Page.count("a[href=/notifications]", greaterThan(0)));
        mvc.perform(get("/").with(fixtures.as(fixtures.person(Role.COACH))))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("href=\"/outbox\"")), containsString("href=\"/notifications\""))));
        mvc.perform(get("/login")).andExpect(content().string(not(containsString("href=\"/notifications\""))));
    }

    @Test
    void hrCanStillSetAOneTimePasswordAndThenNoInvitationIsSent() throws Exception {
        String email = Fixtures.uniqueEmail("otp");
        accounts.create(
                new PersonDetails("Olga Onetime", email, null, EnumSet.of(Role.COACH), "x", "English", 3),
                "one-time-password-1");
        assertThat(outboxRows(email)).isZero();
    }
}
