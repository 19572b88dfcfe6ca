package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.alignment.AlignmentEvents.LeaderFeedbackGiven;
import dev.triad.alignment.AlignmentEvents.ProgressReportSent;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementAction;
import dev.triad.engagement.EngagementContent;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalService;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The client's progress reports to the leader ("the client will document and report progress to the next-level leader
 * as agreed") and the leader's feedback to the client. Client, coach and leader see sent reports and the feedback; a
 * draft is the client's alone; HR sees none of it.
 */
@Service
public class ProgressReportService {

    private final ProgressReports reports;
    private final LeaderFeedbacks feedbacks;
    private final ReportingAgreements agreements;
    private final EngagementAccessPolicy policy;
    private final GoalService goals;
    private final People users;
    private final ApplicationEventPublisher events;
    private final AlignmentTime time;

    ProgressReportService(
            ProgressReports reports,
            LeaderFeedbacks feedbacks,
            ReportingAgreements agreements,
            EngagementAccessPolicy policy,
            GoalService goals,
            People users,
            ApplicationEventPublisher events,
            AlignmentTime time) {
        this.reports = reports;
        this.feedbacks = feedbacks;
        this.agreements = agreements;
        this.policy = policy;
        this.goals = goals;
        this.users = users;
        this.events = events;
        this.time = time;
    }

    /**
     * The reports and feedback page: the sent reports (and, for the client, the drafts), the leader's feedback with the
     * shared goal each is about, and when the next report is due.
     */
    public record ReportsPage(
            EngagementAccess access,
            List<ProgressReport> reports,
            List<LeaderFeedback> feedback,
            Map<Long, Goal> sharedGoals,
            Optional<ReportingAgreement> reporting,
            LocalDate nextDue,
            LocalDate today) {

        public List<ProgressReport> drafts() {
            return reports.stream().filter(ProgressReport::isDraft).toList();
        }

        public List<ProgressReport> sent() {
            return reports.stream().filter(ProgressReport::isSent).toList();
        }

        /** The goal a feedback is about, while it is still shared with the leader; else null. */
        public Goal goalOf(LeaderFeedback feedback) {
            return feedback.getGoalId() == null ? null : sharedGoals.get(feedback.getGoalId());
        }

        public boolean overdue() {
            return nextDue != null && nextDue.isBefore(today);
        }

        public boolean mayWrite() {
            return access.isClient() && access.engagement().getPhase().isActive();
        }

        public boolean mayGiveFeedback() {
            return access.isLeader() && access.engagement().getPhase().isActive();
        }
    }

    /** One report as its reader sees it. */
    public record ReportView(EngagementAccess access, ProgressReport report) {}

    /** The leader's feedback form: the goals shared with the leader that the feedback may be about. */
    public record FeedbackForm(EngagementAccess access, List<Goal> sharedGoals) {}

    @Transactional(readOnly = true)
    public ReportsPage page(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.ALIGNMENT_AND_REPORTS);
        List<ProgressReport> shown = access.isClient() ? reports.allOf(engagementId) : reports.sentOf(engagementId);
        Optional<ReportingAgreement> reporting = agreements.findById(engagementId);
        LocalDate lastSent = shown.stream()
                .filter(ProgressReport::isSent)
                .map(r -> time.dayOf(r.getSentAt()))
                .max(LocalDate::compareTo)
                .orElse(null);
        LocalDate nextDue = reporting
                .filter(a -> access.engagement().getPhase().isActive())
                .map(a -> a.nextDue(lastSent))
                .orElse(null);
        Map<Long, Goal> shared =
                goals.sharedGoals(access).stream().collect(Collectors.toMap(Goal::getId, Function.identity()));
        return new ReportsPage(
                access, shown, feedbacks.ofEngagement(engagementId), shared, reporting, nextDue, time.today());
    }

    /** The client starts a report as a draft. */
    @Transactional
    public ProgressReport write(Long engagementId, ReportText text, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT);
        if (!access.engagement().getPhase().isActive()) {
            throw new RuleViolation("committed", "alignment.engagement.closed");
        }
        return reports.save(new ProgressReport(engagementId, me.id(), text, time.now()));
    }

    /**
     * The client writes a new report and sends it at once. One transaction: a report that cannot be sent (a part left
     * empty) is not kept as a draft either, and the client is told what is missing.
     */
    @Transactional
    public ProgressReport writeAndSend(Long engagementId, ReportText text, CurrentUser me) {
        ProgressReport report = write(engagementId, text, me);
        return send(engagementId, report.getId(), me);
    }

    /**
     * Rewrites a draft seen at {@code version}.
     *
     * @throws StaleEdit when it changed since (another tab)
     */
    @Transactional
    public ProgressReport rewrite(Long engagementId, Long reportId, long version, ReportText text, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT);
        ProgressReport report = find(engagementId, reportId);
        StaleEdit.check(ProgressReport.class, reportId, version, report.getVersion());
        report.write(text, time.now());
        return report;
    }

    /** The client sends a draft to the leader: from now on it is read-only. */
    @Transactional
    public ProgressReport send(Long engagementId, Long reportId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT);
        ProgressReport report = find(engagementId, reportId);
        report.send(time.now());
        events.publishEvent(new ProgressReportSent(engagementId, reportId));
        return report;
    }

    /** A report for its reader: the client any of theirs; coach and leader a sent one, the leader's first opening marking it read. */
    @Transactional
    public ReportView open(Long engagementId, Long reportId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.ALIGNMENT_AND_REPORTS);
        ProgressReport report = find(engagementId, reportId);
        if (report.isDraft() && !access.isClient()) {
            throw new NotFoundException("Report");
        }
        if (access.isLeader()) {
            report.openedByLeader(time.now());
        }
        return new ReportView(access, report);
    }

    /** A draft for the client to go on writing. */
    @Transactional(readOnly = true)
    public ReportView draft(Long engagementId, Long reportId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT);
        return new ReportView(access, find(engagementId, reportId));
    }

    /** The confirmation step before the client deletes a draft: their own draft, a sent report is not found. */
    @Transactional(readOnly = true)
    public ReportView draftToDelete(Long engagementId, Long reportId, CurrentUser me) {
        ReportView view = draft(engagementId, reportId, me);
        if (!view.report().isDraft()) {
            throw new NotFoundException("Draft");
        }
        return view;
    }

    /** The client deletes a draft nobody else has seen; a sent report stays (the leader has it). */
    @Transactional
    public void deleteDraft(Long engagementId, Long reportId, CurrentUser me) {
        policy.require(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT);
        ProgressReport report = draftToDelete(engagementId, reportId, me).report();
        reports.delete(report);
    }

    @Transactional(readOnly = true)
    public ReportView forNewReport(Long engagementId, CurrentUser me) {
        return new ReportView(policy.requireOffered(engagementId, me, EngagementAction.WRITE_PROGRESS_REPORT), null);
    }

    @Transactional(readOnly = true)
    public FeedbackForm forFeedback(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.requireOffered(engagementId, me, EngagementAction.GIVE_LEADER_FEEDBACK);
        return new FeedbackForm(access, goals.sharedGoals(access));
    }

    /** The leader gives feedback, optionally about a goal the client shares with them. */
    @Transactional
    public LeaderFeedback giveFeedback(Long engagementId, Long goalId, String text, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementAction.GIVE_LEADER_FEEDBACK);
        if (!access.engagement().getPhase().isActive()) {
            throw new RuleViolation("text", "alignment.engagement.closed");
        }
        if (goalId != null
                && goals.sharedGoals(access).stream().noneMatch(g -> g.getId().equals(goalId))) {
            // the form offers the goals the client shares with the leader only: a private goal answers exactly like
            // another engagement's or a made-up one, which do not exist here (telling them apart would say it is
            // private)
            throw new NotFoundException("Goal");
        }
        LeaderFeedback feedback = feedbacks.save(
                new LeaderFeedback(engagementId, users.getReferenceById(me.id()), goalId, text, time.now()));
        events.publishEvent(new LeaderFeedbackGiven(engagementId, feedback.getId(), goalId));
        return feedback;
    }

    /** Every active engagement with an agreed cadence whose next report is due by today. */
    @Transactional(readOnly = true)
    public List<DueReport> dueToday() {
        return dueBy(time.today());
    }

    /**
     * Every active engagement with an agreed cadence whose next report is due by {@code day}: for the reminder job,
     * which asks for the latest date it is anywhere and keeps those due by their client's own today.
     */
    @Transactional(readOnly = true)
    public List<DueReport> dueBy(LocalDate day) {
        return agreements.allActive().stream()
                .filter(s -> s.isDue(day, time.zone()))
                .map(s -> new DueReport(s.engagementId(), s.clientId(), s.leaderName(), s.nextDue(time.zone())))
                .toList();
    }

    /** A progress report due: whose, to whom, since when. */
    public record DueReport(Long engagementId, Long clientId, String leaderName, LocalDate dueOn) {}

    private ProgressReport find(Long engagementId, Long reportId) {
        return reports.findInEngagement(engagementId, reportId).orElseThrow(() -> new NotFoundException("Report"));
    }
}
