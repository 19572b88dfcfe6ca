package dev.triad.support;

import org.hamcrest.Matcher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import java.io.UnsupportedEncodingException;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * A rendered page parsed with jsoup, so that a test checks the element that shows a datum (a name in a row, a number
 * in its cell) rather than that the datum occurs somewhere in the HTML. Elements are found by CSS selectors on the
 * templates' ids, classes or {@code data-test} attributes. Checks that something must appear nowhere (a secret) stay
 * on the whole page: {@code content().string(not(containsString(secret)))}.
 */
public final class Page {

    private final Document document;

    private Page(Document document) {
        this.document = document;
    }

    public static Page of(MvcResult result) {
        try {
            return of(result.getResponse().getContentAsString());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Page of(String html) {
        return new Page(Jsoup.parse(html));
    }

    public Document document() {
        return document;
    }

    /** Every element {@code css} selects, possibly none. */
    public Elements all(String css) {
        return document.select(css);
    }

    /** The one element {@code css} selects; none or several fail the test. */
    public Element one(String css) {
        Elements found = document.select(css);
        if (found.size() != 1) {
            throw new AssertionError("Expected one element for " + css + " but found " + found.size()
                    + (found.isEmpty() ? "" : ":\n" + found.outerHtml()));
        }
        return found.first();
    }

    /** The text (whitespace normalised, entities decoded) of the one element {@code css} selects. */
    public String text(String css) {
        return one(css).text();
    }

    /** The texts of every element {@code css} selects, in page order. */
    public List<String> texts(String css) {
        return document.select(css).eachText();
    }

    /** The value of the one form field {@code css} selects (an input's value, a textarea's text, a select's choice). */
    public String value(String css) {
        return one(css).val();
    }

    public boolean has(String css) {
        return !document.select(css).isEmpty();
    }

    /** The one element {@code css} selects has a text that {@code matcher} accepts. */
    public static ResultMatcher text(String css, Matcher<? super String> matcher) {
        return result -> assertThat("text of " + css, of(result).text(css), matcher);
    }

    /** The one form field {@code css} selects holds a value that {@code matcher} accepts. */
    public static ResultMatcher value(String css, Matcher<? super String> matcher) {
        return result -> assertThat("value of " + css, of(result).value(css), matcher);
    }

    /**
     * The one select {@code css} selects has exactly one option marked {@code selected} in the HTML, and that option's
     * value is {@code value}: what the server chose, not what a browser would fall back to.
     */
    public static ResultMatcher selected(String css, String value) {
        return result -> {
            Elements chosen = of(result).one(css).select("option[selected]");
            assertThat("selected options of " + css, chosen.eachAttr("value"), contains(value));
        };
    }

    /** The one element {@code css} selects has an attribute {@code name} whose value {@code matcher} accepts. */
    public static ResultMatcher attr(String css, String name, Matcher<? super String> matcher) {
        return result -> {
            Element element = of(result).one(css);
            assertThat(css + " has " + name, element.hasAttr(name));
            assertThat(name + " of " + css, element.attr(name), matcher);
        };
    }

    /** The texts of every element {@code css} selects, as a list, satisfy {@code matcher}. */
    public static ResultMatcher texts(String css, Matcher<? super List<String>> matcher) {
        return result -> assertThat("texts of " + css, of(result).texts(css), matcher);
    }

    /** How many elements {@code css} selects satisfies {@code matcher} (e.g. {@code is(0)} for "not listed"). */
    public static ResultMatcher count(String css, Matcher<? super Integer> matcher) {
        return result -> assertThat("elements " + css, of(result).all(css).size(), matcher);
    }
}
