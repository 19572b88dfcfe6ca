package dev.triad.notification;

import dev.triad.account.Accounts;
import dev.triad.account.EmailChanged;
import dev.triad.account.InvitationIssued;
import dev.triad.account.PasswordChanged;
import dev.triad.account.PasswordResetRequested;
import dev.triad.account.SecondFactorNotice;
import dev.triad.account.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The account module's mails: invitations, password reset links, and the notices that a password
 * or a second factor changed. Synchronous listeners: the message is written in the transaction that issued the link.
 */
@Component
class AccountMails {

    private final Accounts accounts;
    private final Notifications notifications;
    private final Clock clock;

    AccountMails(Accounts accounts, Notifications notifications, Clock clock) {
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void on(InvitationIssued event) {
        User user = accounts.find(event.userId()); // no query for a person created in this transaction (an import)
        notifications.send(Notification.of(
                        NotificationKind.INVITATION, Recipient.of(user), "Your invitation to Triad", event.path())
                .with("email", user.getEmail())
                .with("validFor", validFor(event.expiresAt()))
                .withInApp(
                        "Welcome to Triad! Choose which reminders you get by email.", Notifications.PREFERENCES_PATH));
    }

    @EventListener
    void on(PasswordResetRequested event) {
        User user = accounts.get(event.userId());
        notifications.send(Notification.of(
                        NotificationKind.PASSWORD_RESET,
                        Recipient.of(user),
                        "Choose a new Triad password",
                        event.path())
                .with("email", user.getEmail())
                .with("validFor", validFor(event.expiresAt()))
                .withInApp("A link to choose a new password was emailed to you.", "/account/password"));
    }

    @EventListener
    void on(PasswordChanged event) {
        User user = accounts.get(event.userId());
        notifications.send(Notification.of(
                        NotificationKind.PASSWORD_CHANGED,
                        Recipient.of(user),
                        "Your Triad password was changed",
                        "/account/password-reset")
                .with("email", user.getEmail())
                .withInApp("Your password was changed.", "/account/password"));
    }

    /** Every change of the second factor, so that one nobody asked for is noticed; HR's reset says what comes next. */
    @EventListener
    void on(SecondFactorNotice event) {
        User user = accounts.get(event.userId());
        String what = switch (event.change()) {
            case ENROLLED -> "was set up: signing in now asks for a code from your authenticator app";
            case REPLACED -> "moved to a new device, with new recovery codes; the old device no longer works";
            case TURNED_OFF -> "was turned off: signing in asks for your password alone";
            case RESET_BY_HR -> "was reset by an HR administrator, as asked when a device is lost";
        };
        String next = event.change() == SecondFactorNotice.Change.RESET_BY_HR
                ? "Your old device and recovery codes no longer work. Next time you sign in, your password lets you in,"
                        + " and you are asked to set up your authenticator app again if your account must have one."
                : null;
        notifications.send(Notification.of(
                        NotificationKind.SECOND_FACTOR_CHANGED,
                        Recipient.of(user),
                        "Your Triad second factor changed",
                        "/account/second-factor")
                .with("email", user.getEmail())
                .with("what", what)
                .with("next", next)
                .withInApp("Your second factor " + what + ".", "/account/second-factor"));
    }

    /** Both addresses hear of it: the new one that it now signs in, the old one in case the change was not wanted. */
    @EventListener
    void on(EmailChanged event) {
        User user = accounts.get(event.userId());
        notifications.send(Notification.of(
                        NotificationKind.EMAIL_CHANGED,
                        Recipient.of(user),
                        "Your Triad sign-in email was changed",
                        "/login")
                .with("oldEmail", event.oldEmail())
                .with("newEmail", event.newEmail())
                .with("forOldAddress", false)
                .withInApp("You now sign in with " + event.newEmail() + ".", "/"));
        notifications.send(Notification.of(
                        NotificationKind.EMAIL_CHANGED,
                        Recipient.withoutAccount(event.oldEmail(), user.getFullName()),
                        "Your Triad sign-in email was changed",
                        "/login")
                .with("oldEmail", event.oldEmail())
                .with("newEmail", event.newEmail())
                .with("forOldAddress", true));
    }

    /** "7 days", "1 hour", "30 minutes": how long a link works from now, rounded. */
    String validFor(Instant expiresAt) {
        long minutes = Math.max(
                1, Math.round(Duration.between(clock.instant(), expiresAt).toSeconds() / 60.0));
        if (minutes >= 24 * 60) {
            return plural(Math.round(minutes / (24 * 60.0)), "day");
        }
        if (minutes >= 60) {
            return plural(Math.round(minutes / 60.0), "hour");
        }
        return plural(minutes, "minute");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
