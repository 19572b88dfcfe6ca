package dev.triad.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Video meeting links: only {@code https://} addresses with a host, no spaces or control characters, at most 500
 * characters. Anything else (http:, javascript:, data:, a bare word) is refused when typed, and when an older one is
 * read it is shown as text, never as a link.
 */
public final class MeetingLinks {

    public static final int MAX_LENGTH = 500;

    private MeetingLinks() {}

    /** The link as a https address, or empty when it is not one Triad would put in an {@code href}. */
    public static Optional<URI> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String link = text.strip();
        if (link.isEmpty()
                || link.length() > MAX_LENGTH
                || !link.toLowerCase(Locale.ROOT).startsWith("https://")) {
            return Optional.empty();
        }
        if (link.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || c > 0x7e)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the text was meant as a link (a web address or a script: {@code http:}, {@code javascript:},
     * {@code data:}, {@code ://}, {@code www.}), so that a free-text place that is one must be a https link.
     */
    public static boolean looksLikeLink(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.contains("://")
                || t.startsWith("www.")
                || t.matches("(https?|javascript|vbscript|data|file|ftp|mailto|blob)\\s*:.*");
    }

    public static boolean isValid(String text) {
        return parse(text).isPresent();
    }

    /** Null or blank (no link given) is allowed; anything else must be a https link. */
    public static boolean isValidOrEmpty(String text) {
        return text == null || text.isBlank() || isValid(text);
    }
}
