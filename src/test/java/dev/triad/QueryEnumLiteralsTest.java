package dev.triad;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No query string names an enum constant by its class's qualified name ({@code e.phase <> dev.triad.engagement.Phase.CLOSED}):
 * the compiler does not see inside strings, so renaming or moving the enum would break the query only when it runs.
 * Queries take such constants as parameters instead.
 */
class QueryEnumLiteralsTest {

    /** A string literal or a text block. */
    private static final Pattern STRING =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    /** {@code dev.triad.some.package.Type.CONSTANT} (also a nested type's). */
    static final Pattern QUALIFIED_CONSTANT =
            Pattern.compile("dev\\.triad(?:\\.[a-z]\\w*)+(?:\\.[A-Z]\\w*)+\\.[A-Z][A-Z0-9_]*\\b");

    @Test
    void noStringInMainCodeNamesAQualifiedEnumConstant() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher string = STRING.matcher(Files.readString(file));
                while (string.find()) {
                    String text = string.group(1) != null ? string.group(1) : string.group(2);
                    Matcher constant = QUALIFIED_CONSTANT.matcher(text);
                    while (constant.find()) {
                        found.add(file + ": " + constant.group());
                    }
                }
            }
        }
        assertThat(found)
                .as("enum constants named in query strings; pass them as parameters")
                .isEmpty();
    }

    @Test
    void thePatternFindsWhatItIsFor() {
        assertThat(QUALIFIED_CONSTANT
                        .matcher("and e.phase <> dev.triad.engagement.Phase.CLOSED group by")
                        .find())
                .isTrue();
        assertThat(QUALIFIED_CONSTANT
                        .matcher("h.kind <> dev.triad.engagement.HoursEntry.Kind.CORRECTION")
                        .find())
                .isTrue();
        assertThat(QUALIFIED_CONSTANT
                        .matcher("select new dev.triad.goal.OverdueSteps(e.id, count(s))")
                        .find())
                .isFalse();
        assertThat(QUALIFIED_CONSTANT.matcher("e.phase <> ?3").find()).isFalse();
    }
}
