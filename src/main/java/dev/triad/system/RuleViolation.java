package dev.triad.system;

import java.util.Arrays;

/**
 * A domain rule was broken by what someone entered. It names the rule by a message code (resolved from
 * {@code messages.properties} with its arguments, so the words live in one bundle) and the <em>domain</em> field
 * concerned, e.g. {@code leader} of an engagement: the web layer maps that to the form field next to which the
 * message is shown ({@code system.web.Violations}). The field is {@code null} when the rule concerns the whole form.
 */
public class RuleViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    /** A rule named by its message code, with the arguments its message takes. */
    public RuleViolation(String field, String code, Object... arguments) {
        super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    /** The domain field the rule concerns, or {@code null} for the whole change. */
    public String field() {
        return field;
    }

    /** The message code, a key of {@code messages.properties}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
