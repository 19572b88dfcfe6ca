package dev.triad.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of a list that keep the list's filters: {@code ${pageLinks.replace(n)}} in
 * templates. Offered as a model attribute because Thymeleaf does not let templates call beans there.
 */
@ControllerAdvice
public class PageLinks {

    @ModelAttribute("pageLinks")
    PageLinks pageLinks() {
        return this;
    }

    public String replace(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(0, page))
                .build()
                .toUriString();
    }
}
