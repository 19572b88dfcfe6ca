package dev.triad.notification.web;

import dev.triad.notification.NotificationKind;

import java.util.EnumSet;
import java.util.Set;

/** The reminders a person keeps on; mandatory kinds posted here are ignored. */
class ReminderForm {

    private Set<NotificationKind> reminders = EnumSet.noneOf(NotificationKind.class);

    public Set<NotificationKind> getReminders() {
        return reminders;
    }

    public void setReminders(Set<NotificationKind> reminders) {
        this.reminders = reminders == null ? EnumSet.noneOf(NotificationKind.class) : reminders;
    }
}
