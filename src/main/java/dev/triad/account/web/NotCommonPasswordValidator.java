package dev.triad.account.web;

import dev.triad.account.PasswordPolicy;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Spring builds it (Boot's validator), so the policy's list is loaded once. */
class NotCommonPasswordValidator implements ConstraintValidator<NotCommonPassword, String> {

    private final PasswordPolicy policy;

    NotCommonPasswordValidator(PasswordPolicy policy) {
        this.policy = policy;
    }

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        return policy.weakness(password)
                .map(reason -> {
                    context.disableDefaultConstraintViolation();
                    // a literal message: no {…} or $ interpolation of what the policy says
                    context.buildConstraintViolationWithTemplate(
                                    reason.replace("{", "").replace("$", ""))
                            .addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
