package dev.triad.notification;

import dev.triad.account.User;

import java.time.ZoneId;

/**
 * Whom a message goes to: a person with an account ({@code userId} set: their reminder preferences
 * apply and they also get an in-app notification), or someone without one (e.g. a 360 rater). {@code zone} is the
 * zone the message writes its times in: the person's own, or null for the organisation's default
 * ({@link Notifications#zoneOf}).
 */
public record Recipient(Long userId, String email, String name, ZoneId zone) {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an email");
        }
        name = name == null || name.isBlank() ? email : name.strip();
    }

    public static Recipient of(User user) {
        return new Recipient(
                user.getId(), user.getEmail(), user.getFullName(), user.hasOwnTimeZone() ? user.zoneOr(null) : null);
    }

    /** Someone without an account: no preferences, no in-app notification. */
    public static Recipient withoutAccount(String email, String name) {
        return new Recipient(null, email, name, null);
    }
}
