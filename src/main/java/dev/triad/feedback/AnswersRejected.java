package dev.triad.feedback;

import java.util.Map;

/** Some answers cannot be saved; the messages are per question id, to show next to each. Nothing was saved. */
public class AnswersRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Map<Long, String> errors;

    public AnswersRejected(Map<Long, String> errors) {
        super("Some answers need attention");
        this.errors = Map.copyOf(errors);
    }

    public Map<Long, String> errors() {
        return errors;
    }
}
