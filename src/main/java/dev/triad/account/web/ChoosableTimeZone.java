package dev.triad.account.web;

import dev.triad.system.Zones;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Blank (the organisation's default) or a zone a person may choose ({@link Zones#parse}). */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ChoosableTimeZone.Validator.class)
@interface ChoosableTimeZone {

    String message() default "Choose a time zone from the list, such as Europe/London";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ChoosableTimeZone, String> {
        @Override
        public boolean isValid(String zone, ConstraintValidatorContext context) {
            return zone == null || zone.isBlank() || Zones.parse(zone).isPresent();
        }
    }
}
