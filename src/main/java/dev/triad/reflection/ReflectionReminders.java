package dev.triad.reflection;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** Reminds clients on their home page of this week's reflection, for each active engagement that lacks it. */
@Component
@Transactional(readOnly = true)
public class ReflectionReminders implements HomeReminders {

    private final Reflections reflections;
    private final Weeks weeks;

    ReflectionReminders(Reflections reflections, Weeks weeks) {
        this.reflections = reflections;
        this.weeks = weeks;
    }

    /**
     * The client's active (not closed) engagements, started by the end of this week, with no entry for
     * this week; in one query.
     */
    public List<MissingReflection> missingThisWeek(Long clientUserId) {
        LocalDate week = weeks.thisWeek();
        return reflections.missingFor(clientUserId, week, week.plusWeeks(1));
    }

    /** Every active engagement, started by the end of the week of {@code monday}, whose client has not written that week's entry. */
    public List<MissingReflection> missingForEveryone(LocalDate monday) {
        return reflections.missingForEveryone(monday, monday.plusWeeks(1));
    }

    @Override
    public List<HomeReminder> remindersFor(CurrentUser me) {
        if (!me.has(Role.CLIENT)) {
            return List.of();
        }
        return missingThisWeek(me.id()).stream()
                .map(missing -> new HomeReminder(
                        "You have not written this week’s reflection for " + missing.engagementName() + ".",
                        "Write it now",
                        missing.journalHref()))
                .toList();
    }
}
