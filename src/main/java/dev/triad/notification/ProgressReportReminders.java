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

/**
 * Once a day, on one instance (ShedLock): each client whose progress report to the leader is due, at the cadence agreed
 * in an alignment meeting, gets one reminder per due date — never two, however often the job runs — unless they switched
 * that reminder off.
 */
@Component
class ProgressReportReminders {

    private static final Logger log = LoggerFactory.getLogger(ProgressReportReminders.class);

    private final ProgressReportService reports;
    private final EngagementDirectory engagements;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    ProgressReportReminders(
            ProgressReportService reports,
            EngagementDirectory engagements,
            Notifications notifications,
            TransactionTemplate transaction) {
        this.reports = reports;
        this.engagements = engagements;
        this.notifications = notifications;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${triad.notifications.progress-report-cron:0 0 8 * * *}")
    @SchedulerLock(name = "progress-report-due", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void remindDueReports() {
        // its own transaction, inside the lock (not around it: the lock row commits on its own)
        Integer sent = transaction.execute(status -> sendDueReminders());
        log.info("Progress reports due: {} reminder(s) enqueued", sent);
    }

    /** Enqueues the reminders due today (at most once per client and due date, ever); returns how many. */
    int sendDueReminders() {
        int sent = 0;
        for (DueReport due : reports.dueToday()) {
            Engagement engagement =
                    engagements.findWithPeople(due.engagementId()).orElseThrow();
            String path = "/engagements/" + due.engagementId() + "/reports/new";
            boolean enqueued = notifications
                    .send(Notification.of(
                                    NotificationKind.PROGRESS_REPORT_DUE,
                                    Recipient.of(engagement.getClient()),
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
