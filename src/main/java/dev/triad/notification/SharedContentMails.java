package dev.triad.notification;

import dev.triad.alignment.AlignmentEvents.LeaderFeedbackGiven;
import dev.triad.assessment.AssessmentEvents.AssessmentShared;
import dev.triad.assessment.AssessmentEvents.AssessmentWithdrawn;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.goal.GoalEvents.GoalShared;
import dev.triad.goal.GoalEvents.GoalWithdrawn;
import dev.triad.goal.GoalEvents.LeaderInputGiven;
import dev.triad.session.SessionEvents.SummaryShared;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * News of something one of the triad wrote or shared for another: the leader's feedback and goal input and the coach's
 * session summary, to the client; an assessment or a goal shared with the leader or withdrawn, to the leader. Each says
 * who did what and links to the page; never the words, the goal or the assessment itself (HR reads the outbox, and
 * emails leave Triad's access control). Each kind can be switched off by its recipient.
 */
@Component
class SharedContentMails {

    private final EngagementDirectory engagements;
    private final Notifications notifications;

    SharedContentMails(EngagementDirectory engagements, Notifications notifications) {
        this.engagements = engagements;
        this.notifications = notifications;
    }

    @EventListener
    void on(LeaderFeedbackGiven event) {
        Engagement engagement = engagement(event.engagementId());
        String leader = engagement.getLeader().getFullName();
        String path = "/engagements/" + engagement.getId() + "/reports";
        notifications.send(Notification.of(
                        NotificationKind.LEADER_FEEDBACK,
                        Recipient.of(engagement.getClient()),
                        leader + " gave you feedback",
                        path)
                .with(
                        "summary",
                        leader
                                + " gave you feedback on your coaching. Read it in Triad, on your reports and feedback page.")
                .withInApp(leader + " gave you feedback.", path)
                .onceFor("leader-feedback:" + event.feedbackId()));
    }

    @EventListener
    void on(LeaderInputGiven event) {
        Engagement engagement = engagement(event.engagementId());
        String leader = engagement.getLeader().getFullName();
        String path = "/engagements/" + engagement.getId() + "/goals/" + event.goalId();
        notifications.send(Notification.of(
                        NotificationKind.LEADER_FEEDBACK,
                        Recipient.of(engagement.getClient()),
                        leader + " gave input on one of your goals",
                        path)
                .with(
                        "summary",
                        leader
                                + " gave input on one of the goals you share with them. Read it on the goal’s page in Triad.")
                .withInApp(leader + " gave input on one of your goals.", path)
                .onceFor("leader-input:" + event.inputId()));
    }

    @EventListener
    void on(SummaryShared event) {
        Engagement engagement = engagement(event.engagementId());
        String coach = engagement.getCoach() == null
                ? "Your coach"
                : engagement.getCoach().getFullName();
        String path = "/engagements/" + engagement.getId() + "/sessions/" + event.sessionId();
        notifications.send(Notification.of(
                        NotificationKind.SESSION_SUMMARY,
                        Recipient.of(engagement.getClient()),
                        coach + " shared the summary of your session",
                        path)
                .with(
                        "summary",
                        coach
                                + " shared the summary of one of your coaching sessions. Read it on the session’s page in Triad.")
                .withInApp(coach + " shared the summary of your session.", path)
                .onceFor("session-summary:" + event.sessionId()));
    }

    @EventListener
    void on(AssessmentShared event) {
        Engagement engagement = engagement(event.engagementId());
        String client = engagement.getClient().getFullName();
        toLeader(
                engagement,
                client + " shared an assessment with you",
                client + " shared an assessment from their coaching with you. Read it in Triad.",
                "/engagements/" + engagement.getId() + "/assessments/" + event.assessmentId());
    }

    @EventListener
    void on(AssessmentWithdrawn event) {
        Engagement engagement = engagement(event.engagementId());
        String client = engagement.getClient().getFullName();
        toLeader(
                engagement,
                client + " no longer shares an assessment with you",
                client + " withdrew an assessment they had shared with you; it is the client’s to share.",
                "/engagements/" + engagement.getId() + "/assessments");
    }

    @EventListener
    void on(GoalShared event) {
        Engagement engagement = engagement(event.engagementId());
        String client = engagement.getClient().getFullName();
        toLeader(
                engagement,
                "A goal of " + client + "’s coaching is now shared with you",
                "A goal of " + client
                        + "’s coaching is now shared with you: you can follow its progress and give your input in Triad.",
                "/engagements/" + engagement.getId() + "/goals/" + event.goalId());
    }

    @EventListener
    void on(GoalWithdrawn event) {
        Engagement engagement = engagement(event.engagementId());
        String client = engagement.getClient().getFullName();
        toLeader(
                engagement,
                "A goal of " + client + "’s coaching is no longer shared with you",
                "A goal of " + client
                        + "’s coaching that was shared with you is now private to the client and the coach.",
                "/engagements/" + engagement.getId() + "/goals");
    }

    /** Each share and each withdrawal is news: no once-only key, so sharing again is told again. */
    private void toLeader(Engagement engagement, String subject, String summary, String path) {
        notifications.send(
                Notification.of(NotificationKind.CLIENT_SHARES, Recipient.of(engagement.getLeader()), subject, path)
                        .with("summary", summary)
                        .withInApp(subject + ".", path));
    }

    private Engagement engagement(Long id) {
        return engagements.findWithPeople(id).orElseThrow();
    }
}
