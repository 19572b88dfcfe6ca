package dev.triad.system;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.time.temporal.Temporal;

/**
 * On every form: a value that cannot be read as the field's type (letters in a number, a malformed date, an
 * unknown choice) gets a plain message next to the field instead of the converter's technical one.
 */
@ControllerAdvice
class FormBindingAdvice {

    @InitBinder
    void plainConversionMessages(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
                String field = ex.getPropertyName();
                FieldError error = new FieldError(bindingResult.getObjectName(), field, ex.getValue(), true,
                        bindingResult.resolveMessageCodes(ex.getErrorCode(), field),
                        getArgumentsForBindError(bindingResult.getObjectName(), field), message(ex));
                error.wrap(ex);
                bindingResult.addError(error);
            }
        });
    }

    private static String message(PropertyAccessException ex) {
        Class<?> type = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        if (type == null) {
            return "This value is not valid";
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
}
