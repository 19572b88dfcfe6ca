package dev.triad.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every kind of message Triad sends. A reminder can be switched off by its recipient on
 * /account/notifications; every other kind (invitations, password and security mails, calendar
 * updates) is always sent. Each kind has the templates {@code templates/mail/<template>.txt} and
 * {@code templates/mail/<template>.html}.
 *
 * <p>To add a kind: add a constant here (reminder or mandatory), write its two templates, and call
 * {@link Notifications#send} from a listener in this module. A kind whose email holds a secret link
 * (a raw single-use token) sets {@code carriesSecretLink}: the outbox page hides such tokens and
 * they are wiped from the stored copy once sent, and its in-app notification needs its own link.
 */
public enum NotificationKind {

    INVITATION(false, "Invitation to Triad", "The link to choose your password when your account is created", true),
    PASSWORD_RESET(false, "Password reset links", "The link you ask for with “Forgot your password?”", true),
    PASSWORD_CHANGED(false, "Security notices", "When your password changes", false),
    EMAIL_CHANGED(false, "Sign-in email changes", "When HR changes the email you sign in with (both addresses are told)", false),
    CALENDAR_UPDATE(false, "Calendar invitations and updates", "Sessions and meetings scheduled, moved or cancelled, with a calendar file", false),
    ATTENDANCE_ALERT(false, "Attendance alerts (HR)", "When a client cancels sessions several times in a row", false),

    SESSION_REMINDER(true, "Session reminder", "The day before each coaching session", false),
    AGENDA_REMINDER(true, "Agenda reminder", "Before a session, to prepare your questions and topics", false),
    OVERDUE_ACTION_STEPS(true, "Overdue action steps", "A digest of your action steps past their due date", false),
    WEEKLY_REFLECTION(true, "Weekly reflection prompt", "Once a week, a prompt to review your action plan and progress", false),
    PROGRESS_REPORT_DUE(true, "Progress report due", "When a progress report to your leader is due", false),
    FEEDBACK_360_REMINDER(true, "360 feedback reminders", "When 360 feedback you asked for or were asked for is still open", true),
    ALIGNMENT_TO_CONFIRM(true, "Alignment outcomes to confirm", "When the outcome of an alignment meeting waits for your confirmation", false),
    PROGRESS_REPORT_SENT(false, "Progress reports (leaders)", "When a client you lead sends you a progress report", false),
    CHECK_IN_DUE(true, "Partnership check-ins", "Every few sessions, a short question about how your coaching partnership works for you", false),
    CLOSE_OUT_SURVEY(false, "Close-out surveys", "When an engagement you took part in is completed, its survey", false),
    LOW_FIT_SIGNAL(false, "Low-fit signals (HR)", "When a client’s check-in says the coaching partnership is not working", false),
    COACH_CHANGE_REQUEST(false, "Requests for a different coach (HR)", "When a client asks for a different coach", false),
    FEEDBACK_360_INVITATION(false, "360 feedback requests", "When someone asks for your feedback, with your single-use link", true);

    private final boolean reminder;
    private final String label;
    private final String description;
    private final boolean carriesSecretLink;

    NotificationKind(boolean reminder, String label, String description, boolean carriesSecretLink) {
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

    /** The template pair's name: {@code SESSION_REMINDER} → {@code mail/session-reminder.txt|html}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<NotificationKind> reminders() {
        return Arrays.stream(values()).filter(NotificationKind::isReminder).toList();
    }

    public static List<NotificationKind> mandatory() {
        return Arrays.stream(values()).filter(NotificationKind::isMandatory).toList();
    }
}
