package dev.triad.notification;

import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.engagement.CoachAssigned;
import dev.triad.engagement.CoachChangeEvents.CoachChangeAnswered;
import dev.triad.engagement.CoachChangeEvents.CoachChangeDeclined;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Who hears of a coach assignment: the coach HR assigns, the coach the client leaves, and the client, who, when the
 * assignment answers their request for a different coach, is told of that answer instead (one message, not two).
 * No coach is ever told of a request, and nobody of HR's reason: it stays in the assignment history.
 */
@Component
class CoachAssignmentMails {

    private final EngagementDirectory engagements;
    private final People users;
    private final Notifications notifications;

    CoachAssignmentMails(EngagementDirectory engagements, People users, Notifications notifications) {
        this.engagements = engagements;
        this.users = users;
        this.notifications = notifications;
    }

    @EventListener
    void on(CoachAssigned event) {
        Engagement engagement = engagement(event.engagementId());
        String client = engagement.getClient().getFullName();
        User coach = users.findById(event.coachId()).orElseThrow();
        User previous = event.previousCoachId() == null
                ? null
                : users.findById(event.previousCoachId()).orElse(null);
        String path = "/engagements/" + engagement.getId();
        String programme = engagement.getProgramme().getName();

        notifications.send(
                Notification.of(NotificationKind.COACH_ASSIGNMENT, Recipient.of(coach), "New client: " + client, path)
                        .with(
                                "summary",
                                "HR assigned you as " + client + "’s coach in " + programme
                                        + (previous == null ? "." : ", taking over from another coach.")
                                        + " The engagement is on your home page in Triad.")
                        .withInApp("You are now " + client + "’s coach (" + programme + ").", path)
                        .onceFor("coach-assigned:" + engagement.getId() + ":" + coach.getId() + ":" + at(event.at())));

        if (previous != null) {
            // the engagement is no longer theirs to open: the link leads home
            notifications.send(Notification.of(
                            NotificationKind.COACH_ASSIGNMENT,
                            Recipient.of(previous),
                            client + "’s coaching moved to another coach",
                            "/")
                    .with(
                            "summary",
                            "HR assigned " + coach.getFullName() + " as " + client + "’s coach in " + programme
                                    + ". You are no longer their coach, and their engagement is no longer on your home page.")
                    .withInApp(client + "’s coaching moved to " + coach.getFullName() + ".", "/")
                    .onceFor("coach-unassigned:" + engagement.getId() + ":" + previous.getId() + ":" + at(event.at())));
        }

        String subject =
                previous == null ? "Your coach: " + coach.getFullName() : "Your new coach: " + coach.getFullName();
        String summary = previous == null
                ? "HR assigned " + coach.getFullName() + " as your coach in " + programme
                        + ". You find them on your engagement’s page in Triad."
                : "HR assigned " + coach.getFullName() + " as your coach in " + programme + ", in place of "
                        + previous.getFullName() + ".";
        notifications.send(Notification.of(
                        NotificationKind.COACH_CHANGED, Recipient.of(engagement.getClient()), subject, path)
                .with("summary", summary)
                .withInApp(coach.getFullName() + (previous == null ? " is your coach." : " is now your coach."), path)
                .onceFor(clientKey(engagement.getId(), coach.getId(), event.at())));
    }

    /**
     * Published by the evaluation module while the assignment is made, before the listener above: the client's one message
     * about this assignment is this answer (same key), and the plain "your new coach" is then not sent.
     */
    @EventListener
    void on(CoachChangeAnswered event) {
        Engagement engagement = engagement(event.engagementId());
        User coach = users.findById(event.coachId()).orElseThrow();
        String path = "/engagements/" + engagement.getId();
        notifications.send(Notification.of(
                        NotificationKind.COACH_CHANGED,
                        Recipient.of(engagement.getClient()),
                        "Your request for a different coach: " + coach.getFullName() + " is your new coach",
                        path)
                .with(
                        "summary",
                        "HR answered your request for a different coach: " + coach.getFullName()
                                + " is now your coach. Your previous coach was not told of your request.")
                .withInApp(
                        "HR answered your request for a different coach: " + coach.getFullName()
                                + " is now your coach.",
                        path)
                .onceFor(clientKey(engagement.getId(), coach.getId(), event.at())));
    }

    /** HR kept the coach: the client is told there is an answer, which they read in Triad (it is not in the mail). */
    @EventListener
    void on(CoachChangeDeclined event) {
        Engagement engagement = engagement(event.engagementId());
        String path = "/engagements/" + engagement.getId() + "/evaluation";
        notifications.send(Notification.of(
                        NotificationKind.COACH_CHANGED,
                        Recipient.of(engagement.getClient()),
                        "Your request for a different coach: HR answered",
                        path)
                .with(
                        "summary",
                        "HR answered your request for a different coach and kept your coach for now. Read HR's answer "
                                + "in Triad; you may ask again later. Your coach was not told of your request.")
                .withInApp("HR answered your request for a different coach.", path)
                .onceFor("coach-change-declined:" + event.requestId()));
    }

    private static String clientKey(Long engagementId, Long coachId, Instant at) {
        return "coach-changed:" + engagementId + ":" + coachId + ":" + at(at);
    }

    private static long at(Instant at) {
        return at.toEpochMilli();
    }

    private Engagement engagement(Long id) {
        return engagements.findWithPeople(id).orElseThrow();
    }
}
