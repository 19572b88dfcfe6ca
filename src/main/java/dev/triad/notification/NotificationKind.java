package dev.triad.notification;

import dev.triad.account.Role;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every kind of message Triad sends, with the roles it can reach. An optional kind ("reminder") can be
 * switched off by its recipient on /account/notifications, which lists only the kinds that can reach
 * that person's roles; every other kind (invitations, password and security mails, calendar updates,
 * a change of coach) is always sent. Each kind has the templates {@code templates/mail/<template>.txt} and
 * {@code templates/mail/<template>.html}.
 *
 * <p>To add a kind: add a constant here (reminder or mandatory, and the roles it can reach), write its two
 * templates, call {@link Notifications#send} from a listener in this module, and add its row to the README's
 * "Who is told of what" table. A kind whose email holds a secret link
 * (a raw single-use token) sets {@code carriesSecretLink}: the outbox page hides such tokens and
 * they are wiped from the stored copy once sent, and its in-app notification needs its own link.
 */
public enum NotificationKind {
    INVITATION(
            false,
            "Invitation to Triad",
            "The link to choose your password when your account is created",
            true,
            Role.values()),
    PASSWORD_RESET(
            false, "Password reset links", "The link you ask for with “Forgot your password?”", true, Role.values()),
    PASSWORD_CHANGED(false, "Security notices", "When your password changes", false, Role.values()),
    SECOND_FACTOR_CHANGED(
            false,
            "Second factor changes",
            "When your second factor is set up, replaced or turned off, or reset by HR",
            false,
            Role.values()),
    EMAIL_CHANGED(
            false,
            "Sign-in email changes",
            "When HR changes the email you sign in with (both addresses are told)",
            false,
            Role.values()),
    CALENDAR_UPDATE(
            false,
            "Calendar invitations and updates",
            "Sessions and meetings scheduled, moved or cancelled, with a calendar file",
            false,
            Role.CLIENT,
            Role.COACH,
            Role.LEADER),
    ATTENDANCE_ALERT(
            false,
            "Attendance alerts (HR)",
            "When a client cancels sessions several times in a row",
            false,
            Role.HR_ADMIN),

    SESSION_REMINDER(
            true,
            "Session reminder",
            "The day before each coaching session or three-way meeting",
            false,
            Role.CLIENT,
            Role.COACH,
            Role.LEADER),
    AGENDA_REMINDER(
            true, "Agenda reminder", "Before a session, to prepare your questions and topics", false, Role.CLIENT),
    OVERDUE_ACTION_STEPS(
            true, "Overdue action steps", "A digest of your action steps past their due date", false, Role.CLIENT),
    WEEKLY_REFLECTION(
            true,
            "Weekly reflection prompt",
            "Once a week, a prompt to review your action plan and progress",
            false,
            Role.CLIENT),
    PROGRESS_REPORT_DUE(
            true, "Progress report due", "When a progress report to your leader is due", false, Role.CLIENT),
    // to raters, who have no account and so no preferences: never listed on anyone's settings page
    FEEDBACK_360_REMINDER(true, "360 feedback reminders", "When 360 feedback you were asked for is still open", true),
    ALIGNMENT_TO_CONFIRM(
            true,
            "Alignment outcomes to confirm",
            "When the outcome of an alignment meeting waits for your confirmation",
            false,
            Role.CLIENT,
            Role.COACH,
            Role.LEADER),
    PROGRESS_REPORT_SENT(
            false,
            "Progress reports (leaders)",
            "When a client you lead sends you a progress report",
            false,
            Role.LEADER),
    CHECK_IN_DUE(
            true,
            "Partnership check-ins",
            "Every few sessions, a short question about how your coaching partnership works for you",
            false,
            Role.CLIENT),
    CLOSE_OUT_SURVEY(
            false,
            "Close-out surveys",
            "When an engagement you took part in is completed, its survey",
            false,
            Role.CLIENT,
            Role.LEADER),
    LOW_FIT_SIGNAL(
            false,
            "Low-fit signals (HR)",
            "When a client’s check-in says the coaching partnership is not working",
            false,
            Role.HR_ADMIN),
    COACH_CHANGE_REQUEST(
            false,
            "Requests for a different coach (HR)",
            "When a client asks for a different coach",
            false,
            Role.HR_ADMIN),
    FEEDBACK_360_INVITATION(
            false, "360 feedback requests", "When someone asks for your feedback, with your single-use link", true),
    COACH_ASSIGNMENT(
            false,
            "Clients assigned to you (coaches)",
            "When HR assigns you a client, or moves one of your clients to another coach",
            false,
            Role.COACH),
    COACH_CHANGED(
            false,
            "Your coach",
            "When HR assigns or changes your coach, and HR’s answer to your request for a different coach",
            false,
            Role.CLIENT),
    LEADER_FEEDBACK(
            true,
            "Feedback from your leader",
            "When your leader gives you feedback, or input on one of your goals",
            false,
            Role.CLIENT),
    SESSION_SUMMARY(true, "Session summaries", "When your coach shares the summary of a session", false, Role.CLIENT),
    CLIENT_SHARES(
            true,
            "Shared with you (leaders)",
            "When a client you lead shares an assessment or a goal with you, or withdraws it",
            false,
            Role.LEADER);

    private final boolean reminder;
    private final String label;
    private final String description;
    private final boolean carriesSecretLink;
    private final Set<Role> audience;

    NotificationKind(boolean reminder, String label, String description, boolean carriesSecretLink, Role... audience) {
        this.audience = audience.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(audience));
        this.reminder = reminder;
        this.label = label;
        this.description = description;
        this.carriesSecretLink = carriesSecretLink;
    }

    /** Optional: the recipient may switch it off. */
    public boolean isReminder() {
        return reminder;
    }

    /** Always sent, whatever the recipient's preferences. */
    public boolean isMandatory() {
        return !reminder;
    }

    public String getLabel() {
        return label;
    }

    public String getDescription() {
        return description;
    }

    /** The email holds a raw single-use token that must not be shown to anyone but the recipient. */
    public boolean carriesSecretLink() {
        return carriesSecretLink;
    }

    /**
     * Mailed to 360 raters (who have no account): HR's outbox shows such a mail only as "a mail to a rater of
     * engagement #n", the same for a request and a reminder (a reminder goes only to those who have not answered).
     */
    public boolean goesToRaters() {
        return this == FEEDBACK_360_INVITATION || this == FEEDBACK_360_REMINDER;
    }

    /** The template pair's name: {@code SESSION_REMINDER} → {@code mail/session-reminder.txt|html}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether a person with these roles can ever receive this kind (raters, who have no account, are nobody's role). */
    public boolean reaches(Set<Role> roles) {
        return roles.stream().anyMatch(audience::contains);
    }

    /** The roles this kind can reach, for the settings page and the README's table. */
    public Set<Role> audience() {
        return EnumSet.copyOf(audience);
    }

    /** The reminders a person with these roles can receive: those their settings page lists. */
    public static List<NotificationKind> remindersFor(Set<Role> roles) {
        return reminders().stream().filter(kind -> kind.reaches(roles)).toList();
    }

    /** The always-sent kinds a person with these roles can receive. */
    public static List<NotificationKind> mandatoryFor(Set<Role> roles) {
        return mandatory().stream().filter(kind -> kind.reaches(roles)).toList();
    }

    public static List<NotificationKind> reminders() {
        return Arrays.stream(values()).filter(NotificationKind::isReminder).toList();
    }

    public static List<NotificationKind> mandatory() {
        return Arrays.stream(values()).filter(NotificationKind::isMandatory).toList();
    }
}
