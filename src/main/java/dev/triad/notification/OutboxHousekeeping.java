package dev.triad.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Once a night, forgets sent emails, held or failed emails and read in-app notifications older than the
 * retention period, so no copy of what a mail said (a session's place, a meeting's time) outlives it.
 * One instance does it (ShedLock): the pattern for every job that must run once per schedule, such
 * as reminders — on several instances each would otherwise send its own copy.
 */
@Component
class OutboxHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final OutboxMessages messages;
    private final AppNotifications notifications;
    private final NotificationProperties properties;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AtomicInteger runs = new AtomicInteger();

    OutboxHousekeeping(
            OutboxMessages messages,
            AppNotifications notifications,
            NotificationProperties properties,
            Clock clock,
            TransactionTemplate transaction) {
        this.transaction = transaction;
        this.messages = messages;
        this.notifications = notifications;
        this.properties = properties;
        this.clock = clock;
    }

    // lockAtLeastFor: an instance whose clock is a little behind does not run it again right after.
    @Scheduled(cron = "${triad.notifications.housekeeping-cron:0 30 3 * * *}")
    @SchedulerLock(name = "outbox-housekeeping", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void forgetOldMessages() {
        runs.incrementAndGet();
        forgetOlderThan(clock.instant().minus(properties.retention()));
    }

    /** The job's work without its lock: forgets what is older than {@code before}. */
    void forgetOlderThan(Instant before) {
        // its own transaction, inside the lock (not around it: the lock row commits on its own)
        int[] deleted = transaction.execute(status -> new int[] {
            messages.deleteSentBefore(before),
            messages.deleteUnsentCreatedBefore(before),
            notifications.deleteReadBefore(before)
        });
        log.info(
                "Housekeeping: forgot {} sent email(s), {} held or failed email(s) and {} read notification(s) from before {}",
                deleted[0],
                deleted[1],
                deleted[2],
                before);
    }

    /** How many times this instance actually ran the job (not skipped by the lock). */
    int runs() {
        return runs.get();
    }
}
