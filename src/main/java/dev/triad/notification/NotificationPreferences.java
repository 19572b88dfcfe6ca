package dev.triad.notification;

import dev.triad.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which reminders each person gets, among those that can reach their roles. Only switched-off reminders are stored; mandatory kinds cannot
 * be switched off, and a new reminder kind is on for everyone until they switch it off.
 */
@Service
public class NotificationPreferences {

    private final JdbcTemplate jdbc;

    NotificationPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The reminders this person gets. */
    @Transactional(readOnly = true)
    public Set<NotificationKind> remindersFor(Long userId) {
        EnumSet<NotificationKind> on = EnumSet.noneOf(NotificationKind.class);
        on.addAll(NotificationKind.reminders());
        on.removeAll(switchedOff(userId));
        return on;
    }

    /**
     * Of the reminders that can reach a person with these roles (those their settings page lists), keeps exactly
     * {@code wanted} on; the choices about any other kind stay as they were, and anything mandatory is ignored.
     */
    @Transactional
    public void chooseReminders(Long userId, Set<Role> roles, Set<NotificationKind> wanted) {
        for (NotificationKind kind : NotificationKind.remindersFor(roles)) {
            jdbc.update("delete from notification_opt_out where user_id = ? and kind = ?", userId, kind.name());
            if (!wanted.contains(kind)) {
                jdbc.update("insert into notification_opt_out (user_id, kind) values (?, ?)", userId, kind.name());
            }
        }
    }

    /** Whether this person switched this kind off; always false for a mandatory kind. */
    boolean switchedOff(Long userId, NotificationKind kind) {
        if (kind.isMandatory()) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from notification_opt_out where user_id = ? and kind = ?)",
                Boolean.class,
                userId,
                kind.name()));
    }

    private Set<NotificationKind> switchedOff(Long userId) {
        List<String> names =
                jdbc.queryForList("select kind from notification_opt_out where user_id = ?", String.class, userId);
        EnumSet<NotificationKind> off = EnumSet.noneOf(NotificationKind.class);
        for (String name : names) {
            try {
                off.add(NotificationKind.valueOf(name));
            } catch (IllegalArgumentException removedKind) {
                // a kind that no longer exists switches nothing off
            }
        }
        return off;
    }
}
