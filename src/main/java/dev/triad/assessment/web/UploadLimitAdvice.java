package dev.triad.assessment.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file over the servlet's multipart limit (spring.servlet.multipart.*) is refused before any controller
 * runs, so this advice cannot be scoped to a controller: it answers 413 with a page that says what the
 * limit is and leads back to the assessment the file was meant for.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private static final Pattern ASSESSMENT_FILES = Pattern.compile("^/engagements/(\\d+)/assessments/(\\d+)/files$");

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    ModelAndView tooLarge(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("assessment/upload-too-large");
        Matcher matcher = ASSESSMENT_FILES.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        page.addObject("back", matcher.matches() ? "/engagements/" + matcher.group(1) + "/assessments/" + matcher.group(2) + "#files" : "/");
        return page;
    }
}
