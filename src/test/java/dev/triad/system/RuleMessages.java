package dev.triad.system;

import org.assertj.core.api.ThrowingConsumer;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page shows for a broken rule, for tests of the domain that assert on its words: a {@link RuleViolation}
 * carries a message code, and its words come from {@code messages.properties} as the application resolves them.
 */
public final class RuleMessages {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private RuleMessages() {}

    /** The rule's message in English, as the bundle gives it (a missing code fails the test). */
    public static String of(Throwable thrown) {
        assertThat(thrown).isInstanceOf(RuleViolation.class);
        RuleViolation violation = (RuleViolation) thrown;
        return MESSAGES.getMessage(violation.code(), violation.arguments(), Locale.ENGLISH);
    }

    /** For {@code assertThatThrownBy(..).satisfies(containing("..."))}: the rule's message contains the words. */
    public static ThrowingConsumer<Throwable> containing(String words) {
        return thrown -> assertThat(of(thrown)).contains(words);
    }

    /** For {@code assertThatThrownBy(..).satisfies(saying("..."))}: the rule's message is exactly these words. */
    public static ThrowingConsumer<Throwable> saying(String message) {
        return thrown -> assertThat(of(thrown)).isEqualTo(message);
    }
}
