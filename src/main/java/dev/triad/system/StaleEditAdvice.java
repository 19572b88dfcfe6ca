package dev.triad.system;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A stale save no controller answered with its own form (a one-click action racing another person's save, two saves
 * meeting at the same instant): the 409 page, saying nothing was changed, instead of a 500.
 */
@ControllerAdvice
class StaleEditAdvice {

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        return "error/409";
    }
}
