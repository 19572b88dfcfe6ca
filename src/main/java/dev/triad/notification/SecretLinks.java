package dev.triad.notification;

import java.util.regex.Pattern;

/**
 * Hides single-use tokens (32 random bytes in URL-safe Base64: 43 characters) in the bodies of
 * kinds that carry one, so that the outbox page never shows HR a working invitation or reset link
 * (with one, HR could sign in as that person and read what HR must not), and so that the stored copy
 * holds none once the email is out.
 */
final class SecretLinks {

    static final String HIDDEN = "[single-use link hidden]";
    private static final Pattern TOKEN_IN_URL =
            Pattern.compile("https?://[^\\s\"'<>]*?(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");
    private static final Pattern TOKEN = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private SecretLinks() {}

    static String hide(NotificationKind kind, String body) {
        if (body == null || !kind.carriesSecretLink()) {
            return body;
        }
        return TOKEN.matcher(TOKEN_IN_URL.matcher(body).replaceAll(HIDDEN)).replaceAll(HIDDEN);
    }
}
