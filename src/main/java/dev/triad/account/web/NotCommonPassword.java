package dev.triad.account.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password is not one attackers try first ({@link dev.triad.account.PasswordPolicy}); the message says why. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPasswordValidator.class)
@interface NotCommonPassword {

    String message() default "Choose a less common password";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
