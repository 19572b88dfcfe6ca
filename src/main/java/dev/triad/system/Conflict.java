package dev.triad.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What the 409 page of a stale save shows: for each field, what the person typed beside what is stored now. The form
 * itself is re-rendered with the typed values and the stored version, so saving again applies them on purpose.
 * Rendered by {@code fragments/conflict :: conflict(${conflict})}.
 *
 * @param what the record in plain words ("goal", "session agenda")
 */
public record Conflict(String what, List<Line> lines) {

    public static final String MODEL_NAME = "conflict";

    /** One field: its label, the typed value and the stored one. */
    public record Line(String label, String typed, String stored) {
        public boolean differs() {
            return !typed.strip().equals(stored.strip());
        }
    }

    public static Conflict on(String what) {
        return new Conflict(what, new ArrayList<>());
    }

    public Conflict line(String label, Object typed, Object stored) {
        lines.add(new Line(label, text(typed), text(stored)));
        return this;
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    /**
     * Answers the request with this conflict: status 409 and the side-by-side in the model. The caller sets the form's
     * version to the stored one (so that saving again applies what was typed) and re-renders its own page.
     */
    public void show(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute(MODEL_NAME, this);
    }

    private static String text(Object value) {
        if (value instanceof Boolean yes) {
            return yes ? "Yes" : "No";
        }
        if (value instanceof Enum<?> choice) {
            // the domain's enums show a label() on their pages: show the same words here
            try {
                return String.valueOf(choice.getClass().getMethod("label").invoke(choice));
            } catch (ReflectiveOperationException | RuntimeException noLabel) {
                return choice.name();
            }
        }
        if (value instanceof java.util.Collection<?> many) {
            return many.stream().map(Conflict::text).sorted().collect(java.util.stream.Collectors.joining(", "));
        }
        return Objects.toString(value, "").strip();
    }
}
