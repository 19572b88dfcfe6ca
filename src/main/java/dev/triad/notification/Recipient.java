package dev.triad.notification;

import dev.triad.account.User;

/**
 * Whom a message goes to: a person with an account ({@code userId} set: their reminder preferences
 * apply and they also get an in-app notification), or someone without one (e.g. a 360 rater).
 */
public record Recipient(Long userId, String email, String name) {

    public Recipient {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("A recipient needs an email");
        }
        name = name == null || name.isBlank() ? email : name.strip();
    }

    public static Recipient of(User user) {
        return new Recipient(user.getId(), user.getEmail(), user.getFullName());
    }

    /** Someone without an account: no preferences, no in-app notification. */
    public static Recipient withoutAccount(String email, String name) {
        return new Recipient(null, email, name);
    }
}
