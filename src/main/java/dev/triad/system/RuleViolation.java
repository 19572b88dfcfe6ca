package dev.triad.system;

/**
 * A domain rule was broken by what someone entered; {@code field} names the form field concerned,
 * so the page can show the message next to it.
 */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
