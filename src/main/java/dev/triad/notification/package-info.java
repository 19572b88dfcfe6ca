/**
 * Notifications that are never lost: every email is written to a transactional outbox in the same
 * transaction as the change that causes it (listeners here react synchronously to other modules'
 * events), then delivered over SMTP with retries by {@link dev.triad.notification.OutboxSender};
 * the same events appear in the in-app list behind the bell; people choose which reminders they get;
 * calendar invitations carry an .ics built by {@link dev.triad.system.CalendarInvite}.
 * Other modules never depend on this one: they publish events, and listeners in this module call
 * {@link dev.triad.notification.Notifications#send}.
 */
package dev.triad.notification;
