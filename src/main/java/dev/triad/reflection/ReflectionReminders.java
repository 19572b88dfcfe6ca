package dev.triad.reflection;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import dev.triad.system.Zones;
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
    private final Zones zones;

    ReflectionReminders(Reflections reflections, Weeks weeks, Zones zones) {
        this.reflections = reflections;
        this.weeks = weeks;
        this.zones = zones;
    }

    /**
     * The client's active (not closed) engagements, started by the end of this week (in the organisation's zone),
     * with no entry for this week; in one query.
     */
    public List<MissingReflection> missingThisWeek(Long clientUserId) {
        return missingThisWeek(clientUserId, weeks.thisWeek());
    }

    /** The same for the week of {@code monday}: the client's own this week ({@link Weeks#thisWeekIn}). */
    public List<MissingReflection> missingThisWeek(Long clientUserId, LocalDate monday) {
        return reflections.missingFor(clientUserId, monday, monday.plusWeeks(1));
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
        // the client's week: a client in Singapore has begun Monday's week while it is still Sunday in London
        return missingThisWeek(me.id(), weeks.thisWeekIn(zones.of(me))).stream()
                .map(missing -> new HomeReminder(
                        "You have not written this week’s reflection for " + missing.engagementName() + ".",
                        "Write it now",
                        missing.journalHref()))
                .toList();
    }
}
