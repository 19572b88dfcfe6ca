package dev.triad.system.web;

import dev.triad.system.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.Map;

/**
 * Turns a broken domain rule into what a page shows: its message from {@code messages.properties}, next to the form
 * field that stands for the rule's domain field. (While rules are moved to message codes, a rule whose code is not in
 * the bundle shows the code itself, which is then its English text.)
 */
@Component
public class Violations {

    private final MessageSource messages;

    Violations(MessageSource messages) {
        this.messages = messages;
    }

    /** The rule's message in the reader's language. */
    public String message(RuleViolation violation) {
        return messages.getMessage(
                violation.code(), violation.arguments(), violation.code(), LocaleContextHolder.getLocale());
    }

    /**
     * Shows the rule's message next to the form field that stands for its domain field: {@code formFields} maps a
     * domain field to the form's name for it where the two differ; a rule on no field is shown above the form.
     */
    public void reject(BindingResult result, RuleViolation violation, Map<String, String> formFields) {
        String domainField = violation.field();
        if (domainField == null) {
            result.reject(violation.code(), violation.arguments(), message(violation));
            return;
        }
        String formField = formFields.getOrDefault(domainField, domainField);
        result.rejectValue(formField, violation.code(), violation.arguments(), message(violation));
    }

    public void reject(BindingResult result, RuleViolation violation) {
        reject(result, violation, Map.of());
    }
}
