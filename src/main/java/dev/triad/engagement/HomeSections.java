package dev.triad.engagement;

import dev.triad.account.CurrentUser;

import java.util.List;

/**
 * An extension point of the home page, like {@link HomeReminders} but for whole sections: a module that wants to show
 * something on people's home pages (their coming meetings, what is due, what the people they lead have shared) declares
 * a bean implementing this interface, and the home page renders each {@link HomeSection} it returns, below the reminders
 * and above the engagement lists (in {@code @Order} order, then bean order).
 * <p>
 * Implementations are called on every home page view: answer in a bounded number of queries (not one per engagement),
 * return an empty list at once for people the section does not concern, and show each person only what their part in
 * each engagement allows.
 */
public interface HomeSections {

    /** The sections to show {@code me} now; empty when none. */
    List<HomeSection> sectionsFor(CurrentUser me);
}
