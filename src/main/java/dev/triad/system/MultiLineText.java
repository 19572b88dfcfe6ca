package dev.triad.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text with lines: tabs and line breaks are fine, other control characters are not (PostgreSQL rejects a null
 * byte, and nobody types the others). Null is valid; pair with {@code @NotBlank} and {@code @Size} as the field needs.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = MultiLineText.REGEXP)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface MultiLineText {

    /** A character class, not an alternation: long texts must not recurse in the regex engine. */
    String REGEXP = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    String MESSAGE = "Use letters, digits, punctuation and line breaks only";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
