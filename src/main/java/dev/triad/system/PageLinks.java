package dev.triad.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of a list that keep the list's filters: {@code @pageLinks.replace(n)} in templates. */
@Component("pageLinks")
public class PageLinks {

    public String replace(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", Math.max(0, page))
                .build().toUriString();
    }
}
