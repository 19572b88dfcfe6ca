package dev.triad.engagement;

import java.util.Objects;

/**
 * One thing a person should do soon, shown as an alert at the top of their home page:
 * {@code text} followed by a link {@code linkText} to {@code href}.
 *
 * @param text     a sentence in plain English, e.g. "You have not written this week’s reflection for …"
 * @param linkText the link's words, e.g. "Write it now"
 * @param href     an address inside Triad starting with "/", e.g. "/engagements/12/journal/new"
 */
public record HomeReminder(String text, String linkText, String href) {

    public HomeReminder {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(linkText, "linkText");
        if (href == null || !href.startsWith("/") || href.startsWith("//")) {
            throw new IllegalArgumentException(
                    "A reminder links to a page inside Triad (an address starting with /): " + href);
        }
    }
}
