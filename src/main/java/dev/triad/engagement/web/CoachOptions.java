package dev.triad.engagement.web;

import dev.triad.account.PersonName;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Objects;

/**
 * The options of HR's coach filter, written here rather than by the template: a large organisation has hundreds of
 * coaches, and an option per coach evaluated by Thymeleaf (three expressions each) cost more than the rest of HR's
 * home page. Names are HTML-escaped; the page inserts the result unescaped.
 */
final class CoachOptions {

    private CoachOptions() {
    }

    static String html(List<PersonName> coaches, Long selected) {
        StringBuilder html = new StringBuilder(coaches.size() * 48);
        for (PersonName coach : coaches) {
            html.append("<option value=\"").append(coach.id()).append('"');
            if (Objects.equals(coach.id(), selected)) {
                html.append(" selected");
            }
            html.append('>').append(HtmlUtils.htmlEscape(coach.fullName())).append("</option>");
        }
        return html.toString();
    }
}
