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
 * Free text on one line: no control characters at all (PostgreSQL rejects a null byte, and a line break or a tab
 * has no place in a name or a title). Null is valid; pair with {@code @NotBlank} and {@code @Size} as the field needs.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = SingleLineText.REGEXP)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE
})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLineText {

    String REGEXP = "[^\\p{Cntrl}]*";
    String MESSAGE = "Use letters, digits and punctuation only";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
