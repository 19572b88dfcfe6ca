package dev.triad.engagement;

import dev.triad.account.CurrentUser;

import java.util.List;

/**
 * An extension point of the home page: a module that wants to remind people of something on their
 * home page declares a bean implementing this interface, and the home page shows what every such
 * bean returns, as alerts above everything else (in {@code @Order} order, then bean order).
 * This lets modules that depend on the engagement module add reminders without the engagement
 * module knowing them.
 * <p>
 * Implementations are called on every home page view: answer in a bounded number of queries
 * (one, not one per engagement), return an empty list at once for people the reminder does not
 * concern, and say what to do without quoting confidential content.
 */
public interface HomeReminders {

    /** What {@code me} should be reminded of now; empty when nothing. */
    List<HomeReminder> remindersFor(CurrentUser me);
}
