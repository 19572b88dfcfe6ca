package dev.triad.system;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.server.ResponseStatusException;

import java.beans.PropertyEditorSupport;
import java.time.temporal.Temporal;
import java.util.regex.Pattern;

/**
 * On every form: a value that cannot be read as the field's type (letters in a number, a malformed date, an
 * unknown choice) gets a plain message next to the field instead of the converter's technical one. Text with
 * control characters (a null byte, an escape; tab and line breaks are fine) is refused the same way, on every
 * field and request parameter: PostgreSQL cannot store a null byte, and nobody types the others. A value the page
 * itself wrote and no person types — a record's version or id in a hidden field, the phase the mover saw, the page
 * to go back to, the button pressed, the journal week picked from a list, which of a repeated hour was chosen, a checkbox — that cannot be read means the post did not come from the form: it
 * gets the 400 page.
 */
@ControllerAdvice
class FormBindingAdvice {

    /** C0 controls but tab, line feed and carriage return, and DEL. */
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    /** As the forms' own one-line rule says it (line breaks stay allowed where a field has lines). */
    static final String CONTROL_CHARACTERS_MESSAGE = SingleLineText.MESSAGE;

    @InitBinder
    void plainConversionMessages(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NoControlCharacters());
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                String field = ex.getPropertyName();
                if (writtenByThePage(field, ex)) {
                    throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unreadable " + field, ex);
                }
                FieldError error = new FieldError(
                        bindingResult.getObjectName(),
                        field,
                        ex.getValue(),
                        true,
                        bindingResult.resolveMessageCodes(ex.getErrorCode(), field),
                        getArgumentsForBindError(bindingResult.getObjectName(), field),
                        message(ex));
                error.wrap(ex);
                bindingResult.addError(error);
            }
        });
    }

    private static boolean writtenByThePage(String field, PropertyAccessException ex) {
        Class<?> type = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        String name = field == null ? "" : field.substring(field.lastIndexOf('.') + 1);
        // hidden fields: versions of what the page showed (version, profileVersion, outcomeVersion), ids it names
        return name.equals("version")
                || name.endsWith("Version")
                || name.equals("id")
                || name.equals("outcomeId")
                || name.equals("from")
                || name.equals("back")
                || name.equals("action")
                || name.equals("week")
                || name.equals("occurrence")
                || type == boolean.class;
    }

    private static String message(PropertyAccessException ex) {
        Class<?> type = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        if (type == null) {
            return "This value is not valid";
        }
        if (type == String.class) {
            return CONTROL_CHARACTERS_MESSAGE;
        }
        if (type == Boolean.class) {
            return "Choose yes or no";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "Enter a date, such as 2026-03-31";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "Enter a number, such as 12 or 3.5";
        }
        if (type.isEnum()) {
            return "Choose one of the options";
        }
        return "This value is not valid";
    }

    /** Text as typed, unless it holds a control character: then it cannot be read, like letters in a number. */
    private static final class NoControlCharacters extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            if (text != null && CONTROL_CHARACTERS.matcher(text).find()) {
                throw new IllegalArgumentException("Control characters in text");
            }
            setValue(text);
        }
    }
}
