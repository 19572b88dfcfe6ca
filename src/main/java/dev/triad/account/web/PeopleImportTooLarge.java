package dev.triad.account.web;

import dev.triad.account.PeopleFile;
import dev.triad.system.Zones;
import dev.triad.system.web.FormPost;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * An upload over the servlet's multipart limits (application.properties) is refused by the server before any
 * controller runs, with a 413. For the import page that answer is the import page itself, with the limit next to the
 * file field, so that HR sees at once what to do; every other upload keeps templates/error/413.html. Only an HR
 * administrator gets the import page: anyone else who posts there gets the plain 413 page.
 */
@Component
class PeopleImportTooLarge implements ErrorViewResolver, Ordered {

    private final FormPost post;
    private final Zones zones;

    PeopleImportTooLarge(FormPost post, Zones zones) {
        this.post = post;
        this.zones = zones;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status != HttpStatus.CONTENT_TOO_LARGE || !"/people/import".equals(model.get("path")) || !signedInAsHr()) {
            return null;
        }
        ModelAndView page = new ModelAndView("people/import", status);
        page.addObject("form", new PeopleImportForm());
        page.addObject("maxUploadBytes", PeopleFile.MAX_BYTES);
        page.addObject("maxRows", PeopleFile.MAX_ROWS);
        page.addObject("organisationZone", zones.organisation().getId());
        page.addObject("fileError", post.text("people.import.fileTooLarge", PeopleFile.MAX_BYTES / (1024 * 1024)));
        return page;
    }

    private static boolean signedInAsHr() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.getAuthorities().stream().anyMatch(a -> "ROLE_HR_ADMIN".equals(a.getAuthority()));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
