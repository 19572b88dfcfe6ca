package dev.triad.notification;

import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ProgressReportService.DueReport;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.system.Days;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Once a day at 08:00 in their zone, on one instance (ShedLock): each client whose progress report to the leader is
 * due, at the cadence agreed in an alignment meeting, gets one reminder per due date — never two, however often the job runs — unless they switched
 * that reminder off.
 */
@Component
class ProgressReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ProgressReportReminders.class);

    private final ProgressReportService reports;
    private final EngagementDirectory engagements;
    private final Notifications notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ProgressReportReminders(
            ProgressReportService reports,
            EngagementDirectory engagements,
            Notifications notifications,
            TransactionTemplate transaction,
            Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.engagements = engagements;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    /** Every hour, in UTC: each client is reminded in the run where it is 08:xx for them ({@link Mornings}). */
    @Scheduled(cron = "${triad.notifications.progress-report-cron:0 0 * * * *}", zone = "UTC")
    @SchedulerLock(name = "progress-report-due", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void remindDueReports() {
        // its own transaction, inside the lock (not around it: the lock row commits on its own)
        Integer sent = transaction.execute(status -> sendDueReminders(clock.instant()));
        log.info("Progress reports due: {} reminder(s) enqueued", sent);
    }

    /**
     * Enqueues the reminders due by each client's today, once it is 08:00 or later where they are (at most once per
     * client and due date, ever); returns how many.
     */
    int sendDueReminders(Instant now) {
        int sent = 0;
        List<LocalDate> dates = Mornings.datesSomewhere(now);
        List<DueReport> dueReports = reports.dueBy(dates.get(dates.size() - 1));
        // every engagement at once: a query per report would flush all the ones loaded before it, hourly, O(n²)
        Map<Long, Engagement> withPeople = engagements.withPeople(
                dueReports.stream().map(DueReport::engagementId).toList());
        for (DueReport due : dueReports) {
            Engagement engagement = withPeople.get(due.engagementId());
            Recipient to = Recipient.of(engagement.getClient());
            boolean dueThere = Mornings.dayOnceMorningCame(now, notifications.zoneOf(to))
                    .filter(today -> !due.dueOn().isAfter(today))
                    .isPresent();
            if (!dueThere) {
                continue;
            }
            String path = "/engagements/" + due.engagementId() + "/reports/new";
            boolean enqueued = notifications
                    .send(Notification.of(
                                    NotificationKind.PROGRESS_REPORT_DUE,
                                    to,
                                    "Progress report due for " + due.leaderName(),
                                    path)
                            .with(
                                    "summary",
                                    "Your progress report to " + due.leaderName() + " is due since "
                                            + Days.date(due.dueOn())
                                            + ", as agreed in your alignment meeting: what you committed to, what you did, what you saw, and what is next.")
                            .onceFor("progress-report-due:" + due.engagementId() + ":" + due.dueOn()))
                    .isPresent();
            if (enqueued) {
                sent++;
            }
        }
        return sent;
    }
}
