package dev.triad.engagement;

import java.util.Objects;

/**
 * One section of someone's home page: the Thymeleaf template that draws it, which must define a fragment
 * {@code section(data)}, and the data it draws, loaded beforehand (templates never load anything lazily).
 *
 * @param template a template name fixed in code, e.g. "alignment/home-meetings"
 * @param data     what the fragment receives as {@code data}
 */
public record HomeSection(String template, Object data) {

    public HomeSection {
        if (template == null || !template.matches("[a-z0-9-]+(/[a-z0-9-]+)*")) {
            throw new IllegalArgumentException("A home section names a template such as 'module/page': " + template);
        }
        Objects.requireNonNull(data, "data");
    }
}
