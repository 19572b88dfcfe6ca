package dev.triad.system;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A video meeting link as {@link MeetingLinks} accepts it; null or blank (no link) is valid. */
@Documented
@Constraint(validatedBy = MeetingLink.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MeetingLink {

    String MESSAGE = "Give a link starting with https://, without spaces, of at most 500 characters";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the text with {@link MeetingLinks#isValidOrEmpty(String)}. */
    class Validator implements ConstraintValidator<MeetingLink, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return MeetingLinks.isValidOrEmpty(value);
        }
    }
}
