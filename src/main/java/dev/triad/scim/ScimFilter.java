package dev.triad.scim;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.NullNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SCIM filters (RFC 7644, section 3.4.2.2) — {@code userName eq "bjensen"}, {@code emails[type eq "work"]},
 * {@code not (active eq true) and title pr} — parsed into an expression that tests a resource's JSON, and the paths
 * of PATCH operations (section 3.5.2), {@code emails[type eq "work"].value}. Attribute names are case-insensitive;
 * strings compare case-insensitively except for the case-exact {@code id} and {@code externalId}.
 */
public final class ScimFilter {

    private static final Set<String> OPERATORS = Set.of("eq", "ne", "co", "sw", "ew", "gt", "ge", "lt", "le");
    private static final Set<String> CASE_EXACT = Set.of("id", "externalid");
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 20;

    /** A filter: tests a resource's JSON (or a multi-valued attribute's element, inside brackets). */
    public sealed interface Expression {
        boolean test(JsonNode resource);
    }

    /** {@code attribute op value}. {@code attribute} is lower case, with its sub-attribute after a dot. */
    public record Comparison(String attribute, String operator, JsonNode value) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            List<JsonNode> values = valuesOf(resource, attribute);
            if (operator.equals("ne")) {
                return values.stream().noneMatch(v -> compare(v, "eq"));
            }
            return values.stream().anyMatch(v -> compare(v, operator));
        }

        private boolean compare(JsonNode actual, String op) {
            if (value.isNull()) {
                return false;
            }
            if (value.isBoolean() || actual.isBoolean()) {
                return op.equals("eq")
                        && actual.isBoolean()
                        && value.isBoolean()
                        && actual.booleanValue() == value.booleanValue();
            }
            if (value.isNumber() && actual.isNumber()) {
                int order = actual.decimalValue().compareTo(value.decimalValue());
                return ordered(op, order);
            }
            if (!value.isString() || !(actual.isString() || actual.isNumber())) {
                return false;
            }
            boolean exact = CASE_EXACT.contains(attribute);
            String a = exact ? actual.asString() : ScimJson.lower(actual.asString());
            String b = exact ? value.stringValue() : ScimJson.lower(value.stringValue());
            return switch (op) {
                case "co" -> a.contains(b);
                case "sw" -> a.startsWith(b);
                case "ew" -> a.endsWith(b);
                default -> ordered(op, a.compareTo(b));
            };
        }

        private static boolean ordered(String op, int order) {
            return switch (op) {
                case "eq" -> order == 0;
                case "gt" -> order > 0;
                case "ge" -> order >= 0;
                case "lt" -> order < 0;
                case "le" -> order <= 0;
                default -> false;
            };
        }
    }

    /** {@code attribute pr}: it has a value. */
    public record Present(String attribute) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            return valuesOf(resource, attribute).stream()
                    .anyMatch(v -> !(v.isString() && v.stringValue().isEmpty()) && !(v.isArray() && v.isEmpty()));
        }
    }

    public record And(Expression left, Expression right) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            return left.test(resource) && right.test(resource);
        }
    }

    public record Or(Expression left, Expression right) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            return left.test(resource) || right.test(resource);
        }
    }

    public record Not(Expression inner) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            return !inner.test(resource);
        }
    }

    /** {@code emails[type eq "work"]}: some element of the multi-valued attribute matches the inner filter. */
    public record ValuePath(String attribute, Expression filter) implements Expression {
        @Override
        public boolean test(JsonNode resource) {
            JsonNode values = ScimJson.field(resource, attribute);
            if (values == null) {
                return false;
            }
            if (!values.isArray()) {
                return filter.test(values);
            }
            for (JsonNode element : values) {
                if (filter.test(element)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A PATCH operation's target: an attribute (lower case), an optional filter on its elements, an optional
     * sub-attribute; {@code otherSchema} when the path names an extension's attribute (which Triad does not keep).
     */
    public record Path(String attribute, Expression filter, String subAttribute, boolean otherSchema) {}

    private final String text;
    private int at;
    private int depth;

    private ScimFilter(String text) {
        this.text = text;
    }

    /**
     * Parses a filter.
     *
     * @throws ScimException (400 invalidFilter) for text that is not a filter
     */
    public static Expression parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw ScimException.invalidFilter("The filter is empty");
        }
        if (filter.length() > MAX_LENGTH) {
            throw ScimException.invalidFilter("The filter is longer than " + MAX_LENGTH + " characters");
        }
        ScimFilter parser = new ScimFilter(filter);
        Expression expression = parser.or();
        parser.skipSpace();
        if (parser.at != filter.length()) {
            throw parser.invalid("unexpected text");
        }
        return expression;
    }

    /**
     * Parses a PATCH path.
     *
     * @throws ScimException (400 invalidPath) for text that is not a path
     */
    public static Path path(String path) {
        if (path == null || path.isBlank() || path.length() > MAX_LENGTH) {
            throw ScimException.invalidPath("The path is empty or too long");
        }
        String rest = path.strip();
        int bracket = rest.indexOf('[');
        String head = bracket < 0 ? rest : rest.substring(0, bracket);
        boolean otherSchema = false;
        if (ScimJson.lower(head).startsWith("urn:")) {
            String core = ScimJson.lower(ScimJson.USER) + ":";
            if (ScimJson.lower(head).startsWith(core)) {
                head = head.substring(core.length());
                rest = head + (bracket < 0 ? "" : rest.substring(bracket));
            } else {
                return new Path(ScimJson.lower(head), null, null, true);
            }
        }
        try {
            ScimFilter parser = new ScimFilter(rest);
            String attribute = parser.attributeName();
            Expression filter = null;
            String sub = null;
            if (parser.peek('[')) {
                parser.at++;
                filter = parser.or();
                parser.skipSpace();
                parser.expect(']');
            }
            if (parser.peek('.')) {
                parser.at++;
                sub = parser.attributeName();
            }
            if (parser.at != rest.length()) {
                throw parser.invalid("unexpected text");
            }
            if (filter == null && attribute.contains(".")) {
                int dot = attribute.indexOf('.');
                sub = attribute.substring(dot + 1);
                attribute = attribute.substring(0, dot);
            }
            return new Path(attribute, filter, sub, otherSchema);
        } catch (ScimException e) {
            throw ScimException.invalidPath("The path \"" + shortened(path) + "\" is not a SCIM path");
        }
    }

    // ------------------------------------------------------------------------------------------------ the grammar

    private Expression or() {
        Expression left = and();
        while (keyword("or")) {
            left = new Or(left, and());
        }
        return left;
    }

    private Expression and() {
        Expression left = atom();
        while (keyword("and")) {
            left = new And(left, atom());
        }
        return left;
    }

    private Expression atom() {
        if (++depth > MAX_DEPTH) {
            throw invalid("nested too deeply");
        }
        try {
            skipSpace();
            if (keyword("not")) {
                skipSpace();
                expect('(');
                Expression inner = or();
                skipSpace();
                expect(')');
                return new Not(inner);
            }
            if (peek('(')) {
                at++;
                Expression inner = or();
                skipSpace();
                expect(')');
                return inner;
            }
            String attribute = attributePath();
            if (peek('[')) {
                at++;
                Expression inner = or();
                skipSpace();
                expect(']');
                return new ValuePath(attribute, inner);
            }
            skipSpace();
            String operator = ScimJson.lower(word());
            if (operator.equals("pr")) {
                return new Present(attribute);
            }
            if (!OPERATORS.contains(operator)) {
                throw invalid(
                        "\"" + shortened(operator) + "\" is no operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)");
            }
            skipSpace();
            return new Comparison(attribute, operator, value());
        } finally {
            depth--;
        }
    }

    /** An attribute path, lower case, without the core User schema's prefix; another schema's name is kept whole. */
    private String attributePath() {
        skipSpace();
        int start = at;
        while (at < text.length() && isNameChar(text.charAt(at))) {
            at++;
        }
        String name = text.substring(start, at);
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            throw invalid("an attribute name was expected");
        }
        String lower = ScimJson.lower(name);
        String core = ScimJson.lower(ScimJson.USER) + ":";
        return lower.startsWith(core) ? lower.substring(core.length()) : lower;
    }

    /** A name of a PATCH path: letters, digits, "_", "-", "$" and dots between them. */
    private String attributeName() {
        int start = at;
        while (at < text.length() && isNameChar(text.charAt(at)) && text.charAt(at) != ':') {
            at++;
        }
        String name = text.substring(start, at);
        if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.endsWith(".")) {
            throw invalid("an attribute name was expected");
        }
        return ScimJson.lower(name);
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '$' || c == '.' || c == ':';
    }

    private JsonNode value() {
        if (peek('"')) {
            int start = at;
            at++;
            while (at < text.length() && text.charAt(at) != '"') {
                at += text.charAt(at) == '\\' ? 2 : 1;
            }
            if (at >= text.length()) {
                throw invalid("a string is not closed");
            }
            at++;
            try {
                return ScimJson.JSON.readTree(text.substring(start, at));
            } catch (JacksonException e) {
                throw invalid("a string is not valid");
            }
        }
        String word = word();
        switch (ScimJson.lower(word)) {
            case "true":
                return BooleanNode.TRUE;
            case "false":
                return BooleanNode.FALSE;
            case "null":
                return NullNode.getInstance();
            default:
                if (word.matches("-?\\d{1,18}(\\.\\d{1,18})?([eE][+-]?\\d{1,3})?")) {
                    return ScimJson.JSON.readTree(word);
                }
                throw invalid("a value (a \"string\", a number, true, false or null) was expected");
        }
    }

    private String word() {
        int start = at;
        while (at < text.length()
                && !Character.isWhitespace(text.charAt(at))
                && "()[]\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw invalid("a word was expected");
        }
        return text.substring(start, at);
    }

    /** Consumes {@code word} if it comes next as a whole word (followed by a space or a parenthesis). */
    private boolean keyword(String word) {
        skipSpace();
        int end = at + word.length();
        if (end > text.length() || !text.regionMatches(true, at, word, 0, word.length())) {
            return false;
        }
        if (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '(') {
            return false;
        }
        at = end;
        return true;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw invalid("\"" + c + "\" was expected");
        }
        at++;
    }

    private ScimException invalid(String why) {
        return ScimException.invalidFilter("The filter \"" + shortened(text) + "\" is not valid: " + why);
    }

    private static String shortened(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() <= 100 ? clean : clean.substring(0, 100) + "…";
    }

    // ------------------------------------------------------------------------------------------------ evaluation

    /** The values of {@code attribute} ("emails.value", "active") in a resource: a multi-valued one flattened. */
    static List<JsonNode> valuesOf(JsonNode resource, String attribute) {
        int dot = attribute.indexOf('.');
        String name = dot < 0 ? attribute : attribute.substring(0, dot);
        String sub = dot < 0 ? null : attribute.substring(dot + 1);
        List<JsonNode> values = new ArrayList<>();
        JsonNode node = ScimJson.field(resource, name);
        if (node == null || node.isNull()) {
            return values;
        }
        List<JsonNode> elements = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(elements::add);
        } else {
            elements.add(node);
        }
        for (JsonNode element : elements) {
            JsonNode value = sub != null
                    ? ScimJson.field(element, sub)
                    : element.isObject() ? ScimJson.field(element, "value") : element;
            if (value != null && !value.isNull()) {
                values.add(value);
            }
        }
        return values;
    }
}
