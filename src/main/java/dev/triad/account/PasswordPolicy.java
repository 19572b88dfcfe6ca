package dev.triad.account;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Triad's password rule, after NIST SP 800-63B: at least 12 characters (checked on the forms), no composition rules,
 * and not a password attackers try first: one from a shipped list of common passwords (also with digits or symbols
 * before or after it, "password1234"), one character repeated, a straight run ("abcdefghijkl", "123456789012"), or
 * the application's own name.
 */
@Component
public class PasswordPolicy {

    static final String LIST = "account/common-passwords.txt";
    private static final Set<String> CONTEXT_WORDS = Set.of("triad", "triadcoaching", "coaching", "executivecoaching");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why {@code password} is refused, if it is; empty when it is acceptable. */
    public Optional<String> weakness(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.empty();
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[\\d\\p{Punct}\\s]+", "").replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (common.contains(lower) || common.contains(core) || CONTEXT_WORDS.contains(core)) {
            return Optional.of(
                    "This is one of the most common passwords: choose something less guessable, such as a few unrelated words");
        }
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("A single character repeated is easy to guess: choose something less predictable");
        }
        if (isRun(lower)) {
            return Optional.of(
                    "A straight run of letters or digits is easy to guess: choose something less predictable");
        }
        return Optional.empty();
    }

    /** Each character one more (or one less) than the one before: "abcdef…", "987654…". */
    private static boolean isRun(String text) {
        int step = text.charAt(1) - text.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < text.length(); i++) {
            int next = text.charAt(i) - text.charAt(i - 1);
            // digits may wrap around: 7890123…
            boolean wraps = Character.isDigit(text.charAt(i)) && Math.abs(next) == 9;
            if (next != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(64_000);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(LIST).getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The common-password list " + LIST + " is missing", e);
        }
        return words;
    }
}
