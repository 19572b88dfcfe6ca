package dev.triad.system;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A broken rule names its message by a code of {@code messages.properties}; a code missing from the bundle would show
 * on the page as the code itself. This reads the sources: every code a rule is thrown with is a key of the bundle, and
 * no rule is thrown with words instead of a code.
 */
class RuleViolationCodesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLE = Path.of("src/main/resources/messages.properties");
    private static final Pattern CODE = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+)+");
    /** A literal with three or more dotted parts in a file about rules: a code passed on to where the rule is thrown. */
    private static final Pattern CODE_LIKE = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+){2,})\"");

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Pattern THROWN = Pattern.compile("new RuleViolation\\(|\\bsuper\\(");
    private static final Pattern CATCH =
            Pattern.compile("catch \\((?:[\\w.]+ \\| )*(RuleViolation|Already\\w+)(?: \\| [\\w.]+)* \\w+\\) \\{");

    @Test
    void everyRuleIsThrownWithACodeOfTheBundle() throws IOException {
        Properties bundle = bundle();
        Map<String, String> problems = new TreeMap<>();
        int codes = 0;
        for (Path file : sources()) {
            String source = Files.readString(file);
            if (!source.contains("RuleViolation")) {
                continue;
            }
            boolean subclass = source.contains("extends RuleViolation");
            Matcher thrown = THROWN.matcher(source);
            while (thrown.find()) {
                if (thrown.group().startsWith("super") && !subclass) {
                    continue;
                }
                List<String> arguments = arguments(source, thrown.end());
                String where = file + ":" + line(source, thrown.start());
                if (arguments.size() < 2) {
                    problems.put(where, "no message code");
                    continue;
                }
                String code = arguments.get(1);
                Matcher literal = LITERAL.matcher(code);
                List<String> literals = new ArrayList<>();
                while (literal.find()) {
                    literals.add(literal.group(1));
                }
                if (literals.isEmpty()) {
                    if (!IDENTIFIER.matcher(code).matches()) {
                        problems.put(where, "the code is neither a literal nor a parameter: " + code);
                    }
                    continue;
                }
                if (LITERAL.matcher(code).replaceAll("").contains("+")) {
                    problems.put(where, "words put together instead of a code with arguments: " + code);
                }
                for (String each : literals) {
                    codes++;
                    if (!CODE.matcher(each).matches()) {
                        problems.put(where, "not a message code: \"" + each + "\"");
                    } else if (!bundle.containsKey(each)) {
                        problems.put(where, "not in messages.properties: " + each);
                    }
                }
            }
            Matcher passedOn = CODE_LIKE.matcher(source);
            while (passedOn.find()) {
                if (!bundle.containsKey(passedOn.group(1))) {
                    problems.put(
                            file + ":" + line(source, passedOn.start()),
                            "not in messages.properties: " + passedOn.group(1));
                }
            }
        }
        assertThat(codes).as("codes found in the sources").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    @Test
    void noPageShowsTheCodeInsteadOfTheMessage() throws IOException {
        Map<String, String> problems = new TreeMap<>();
        for (Path file : sources()) {
            String source = Files.readString(file);
            Matcher handler = CATCH.matcher(source);
            while (handler.find()) {
                String block = source.substring(handler.end(), blockEnd(source, handler.end() - 1));
                if (block.contains("getMessage()")) {
                    problems.put(
                            file + ":" + line(source, handler.start()),
                            "a rule's getMessage() is its code: resolve it (Violations.message) instead");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyMessageIsAPatternThatFormatsAsWritten() throws IOException {
        Properties bundle = bundle();
        for (String code : bundle.stringPropertyNames()) {
            String message = bundle.getProperty(code);
            assertThat(code).as("a code has no spaces").matches(CODE);
            assertThat(message).as(code).isNotBlank();
            if (message.contains("{")) {
                // With arguments the message is a MessageFormat pattern: an apostrophe is written twice.
                assertThat(message.replace("''", ""))
                        .as(code + " writes an apostrophe as ''")
                        .doesNotContain("'");
                assertThat(new MessageFormat(message).format(new Object[] {1, 2, 3, 4}))
                        .as(code)
                        .doesNotContain("{");
            }
        }
    }

    private static Properties bundle() throws IOException {
        Properties bundle = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLE, StandardCharsets.UTF_8)) {
            bundle.load(reader);
        }
        return bundle;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The top-level arguments of a call whose opening parenthesis is just before {@code from}. */
    static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    arguments.add(current.toString().strip());
                    return arguments;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                arguments.add(current.toString().strip());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unbalanced call at " + from);
    }

    private static int blockEnd(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return source.length();
    }

    private static int line(String source, int index) {
        return (int) source.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }
}
