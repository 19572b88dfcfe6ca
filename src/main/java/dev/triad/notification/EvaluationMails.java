package dev.triad.notification;

import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.CoachChangeEvents.CoachChangeRequested;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.evaluation.EvaluationEvents.CheckInDue;
import dev.triad.evaluation.EvaluationEvents.CloseOutSurveySent;
import dev.triad.evaluation.EvaluationEvents.LowFitSignalled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The evaluation module's mails, each with its in-app notification: the client's check-in, the close-out survey
 * to client and leader, and HR's low-fit signal and request for a different coach. They say that something
 * happened and link to the page; never the client's answer or reason.
 */
@Component
class EvaluationMails {

    private final EngagementDirectory engagements;
    private final People users;
    private final Notifications notifications;

    EvaluationMails(EngagementDirectory engagements, People users, Notifications notifications) {
        this.engagements = engagements;
        this.users = users;
        this.notifications = notifications;
    }

    @EventListener
    void on(CheckInDue event) {
        Engagement engagement = engagement(event.engagementId());
        String path = "/engagements/" + engagement.getId() + "/check-ins/" + event.checkInId();
        notifications.send(Notification.of(
                        NotificationKind.CHECK_IN_DUE,
                        Recipient.of(engagement.getClient()),
                        "Is your coaching working for you? A short check-in",
                        path)
                .with(
                        "summary",
                        "A short partnership check-in is waiting for you in Triad: is this partnership working for you, "
                                + "and what should change? Your coach reads your answer; HR does not.")
                .withInApp("A partnership check-in is waiting for you.", path)
                .onceFor("check-in-due:" + event.checkInId()));
    }

    @EventListener
    void on(CloseOutSurveySent event) {
        Engagement engagement = engagement(event.engagementId());
        boolean client = engagement.getClient().getId().equals(event.respondentId());
        User respondent = client ? engagement.getClient() : engagement.getLeader();
        String path = "/engagements/" + engagement.getId() + "/close-out";
        String whose = client ? "Your coaching" : engagement.getClient().getFullName() + "’s coaching";
        notifications.send(Notification.of(
                        NotificationKind.CLOSE_OUT_SURVEY,
                        Recipient.of(respondent),
                        whose + " is completed: the close-out survey",
                        path)
                .with(
                        "summary",
                        whose
                                + " is completed. Please answer the close-out survey in Triad: four short questions and a comment. "
                                + "You answer once.")
                .withInApp(whose + " is completed: please answer the close-out survey.", path)
                .onceFor("close-out-survey:" + event.surveyId()));
    }

    @EventListener
    void on(LowFitSignalled event) {
        Engagement engagement = engagement(event.engagementId());
        String path = "/engagements/" + engagement.getId() + "/evaluation";
        for (User hr : users.findActiveWithRole(Role.HR_ADMIN)) {
            notifications.send(Notification.of(
                            NotificationKind.LOW_FIT_SIGNAL,
                            Recipient.of(hr),
                            "Low fit signalled: " + engagement.getClient().getFullName() + "’s coaching",
                            path)
                    .with(
                            "summary",
                            "A partnership check-in in "
                                    + engagement.getClient().getFullName()
                                    + "’s coaching signals that the partnership with the coach is not working well. "
                                    + "What the client wrote stays between client and coach; you may want to talk with them.")
                    .withInApp("Low fit signalled in " + engagement.getClient().getFullName() + "’s coaching.", path)
                    .onceFor("low-fit:" + event.checkInId() + ":" + hr.getId()));
        }
    }

    @EventListener
    void on(CoachChangeRequested event) {
        Engagement engagement = engagement(event.engagementId());
        String path = "/coach-change-requests";
        for (User hr : users.findActiveWithRole(Role.HR_ADMIN)) {
            notifications.send(Notification.of(
                            NotificationKind.COACH_CHANGE_REQUEST,
                            Recipient.of(hr),
                            engagement.getClient().getFullName() + " asked for a different coach",
                            path)
                    .with(
                            "summary",
                            engagement.getClient().getFullName()
                                    + " asked for a different coach. Read the reason in Triad "
                                    + "and choose another coach; the current coach is not told.")
                    .withInApp(engagement.getClient().getFullName() + " asked for a different coach.", path)
                    .onceFor("coach-change:" + event.requestId() + ":" + hr.getId()));
        }
    }

    private Engagement engagement(Long id) {
        return engagements.findWithPeople(id).orElseThrow();
    }
}
