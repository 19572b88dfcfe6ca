package dev.triad.notification;

import dev.triad.account.User;
import dev.triad.alignment.AlignmentCalendar;
import dev.triad.alignment.AlignmentEvents.MeetingCancelled;
import dev.triad.alignment.AlignmentEvents.MeetingCancelledAsEngagementClosed;
import dev.triad.alignment.AlignmentEvents.MeetingMoved;
import dev.triad.alignment.AlignmentEvents.MeetingScheduled;
import dev.triad.alignment.AlignmentEvents.OutcomeAwaitingConfirmation;
import dev.triad.alignment.AlignmentEvents.ProgressReportSent;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentOutcome;
import dev.triad.alignment.AlignmentService;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.Participation;
import dev.triad.system.CalendarInvite;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The alignment module's mails: a calendar invitation to client, coach and leader when a meeting is booked, an update
 * with the same uid and a higher sequence when it moves, a cancellation when it is cancelled; "an outcome to confirm" to
 * each of the three who has not confirmed a new version; and "a new progress report" to the leader (the daily "your report is
 * due" is {@link ProgressReportReminders}). Bodies say who, when and where, never what a meeting's outcome,
 * a report or the leader's words say: the link leads to the page behind the login.
 */
@Component
class AlignmentMails {

    private final AlignmentService alignment;
    private final AlignmentCalendar calendar;
    private final EngagementDirectory engagements;
    private final Notifications notifications;

    AlignmentMails(
            AlignmentService alignment,
            AlignmentCalendar calendar,
            EngagementDirectory engagements,
            Notifications notifications) {
        this.alignment = alignment;
        this.calendar = calendar;
        this.engagements = engagements;
        this.notifications = notifications;
    }

    @EventListener
    void on(MeetingScheduled event) {
        Engagement engagement = engagement(event.engagementId());
        AlignmentMeeting meeting = alignment.meeting(event.engagementId(), event.meetingId());
        sendCalendar(
                engagement,
                meeting,
                "New " + meeting.getKind().label().toLowerCase(),
                "A three-way " + meeting.getKind().label().toLowerCase() + " is scheduled for "
                        + engagement.getClient().getFullName() + "’s coaching, with " + names(engagement) + ".",
                "scheduled");
    }

    @EventListener
    void on(MeetingMoved event) {
        Engagement engagement = engagement(event.engagementId());
        AlignmentMeeting meeting = alignment.meeting(event.engagementId(), event.meetingId());
        sendCalendar(
                engagement,
                meeting,
                meeting.getKind().label() + " moved",
                "The " + meeting.getKind().label().toLowerCase() + " for "
                        + engagement.getClient().getFullName() + "’s coaching has moved to a new time.",
                "moved");
    }

    @EventListener
    void on(MeetingCancelled event) {
        Engagement engagement = engagement(event.engagementId());
        AlignmentMeeting meeting = alignment.meeting(event.engagementId(), event.meetingId());
        sendCalendar(
                engagement,
                meeting,
                meeting.getKind().label() + " cancelled",
                "The " + meeting.getKind().label().toLowerCase() + " for "
                        + engagement.getClient().getFullName() + "’s coaching was cancelled.",
                "cancelled");
    }

    @EventListener
    void on(MeetingCancelledAsEngagementClosed event) {
        Engagement engagement = engagement(event.engagementId());
        AlignmentMeeting meeting = alignment.meeting(event.engagementId(), event.meetingId());
        sendCalendar(
                engagement,
                meeting,
                meeting.getKind().label() + " cancelled: the engagement closed",
                "The " + meeting.getKind().label().toLowerCase() + " for "
                        + engagement.getClient().getFullName()
                        + "’s coaching was cancelled because the engagement closed.",
                "cancelled");
    }

    @EventListener
    void on(OutcomeAwaitingConfirmation event) {
        Engagement engagement = engagement(event.engagementId());
        AlignmentMeeting meeting = alignment.meeting(event.engagementId(), event.meetingId());
        AlignmentOutcome outcome = alignment.outcome(event.engagementId(), event.outcomeId());
        String path = "/engagements/" + engagement.getId() + "/alignment/meetings/" + meeting.getId();
        for (Map.Entry<Participation, User> person : triad(engagement).entrySet()) {
            if (!outcome.awaits(person.getKey())) {
                continue;
            }
            User to = person.getValue();
            notifications.send(Notification.of(
                            NotificationKind.ALIGNMENT_TO_CONFIRM,
                            Recipient.of(to),
                            "Please confirm the outcome of the "
                                    + meeting.getKind().label().toLowerCase(),
                            path + "#outcome")
                    .with(
                            "summary",
                            "The outcome of the " + meeting.getKind().label().toLowerCase() + " for "
                                    + engagement.getClient().getFullName() + "’s coaching (version "
                                    + outcome.getNumber()
                                    + ") waits for your confirmation. It stays pending until the client, the coach and the leader have each confirmed it.")
                    .withInApp(
                            "The outcome of the " + meeting.getKind().label().toLowerCase() + " for "
                                    + engagement.getClient().getFullName() + "’s coaching waits for your confirmation.",
                            path + "#outcome")
                    .onceFor("alignment-to-confirm:" + outcome.getId() + ":" + to.getId()));
        }
    }

    @EventListener
    void on(ProgressReportSent event) {
        Engagement engagement = engagement(event.engagementId());
        User leader = engagement.getLeader();
        String path = "/engagements/" + engagement.getId() + "/reports/" + event.reportId();
        notifications.send(Notification.of(
                        NotificationKind.PROGRESS_REPORT_SENT,
                        Recipient.of(leader),
                        "New progress report from " + engagement.getClient().getFullName(),
                        path)
                .with(
                        "summary",
                        engagement.getClient().getFullName() + " sent you a progress report on their coaching.")
                .onceFor("progress-report-sent:" + event.reportId()));
    }

    private void sendCalendar(
            Engagement engagement, AlignmentMeeting meeting, String subject, String summary, String what) {
        CalendarInvite invite = calendar.entryFor(meeting, engagement);
        String path = "/engagements/" + engagement.getId() + "/alignment/meetings/" + meeting.getId();
        for (User person : triad(engagement).values()) {
            notifications.send(Notification.of(NotificationKind.CALENDAR_UPDATE, Recipient.of(person), subject, path)
                    .with("summary", summary)
                    .withCalendar(invite)
                    .onceFor("alignment-" + what + ":" + meeting.getId() + ":" + invite.sequence() + ":"
                            + person.getId()));
        }
    }

    /** Client, coach and leader (one mail each, even if one person held two parts). */
    private static Map<Participation, User> triad(Engagement engagement) {
        Map<Participation, User> people = new java.util.EnumMap<>(Participation.class);
        List<Long> seen = new ArrayList<>();
        for (var entry : List.of(
                Map.entry(Participation.CLIENT, engagement.getClient()),
                Map.entry(Participation.LEADER, engagement.getLeader()))) {
            people.put(entry.getKey(), entry.getValue());
            seen.add(entry.getValue().getId());
        }
        if (engagement.getCoach() != null
                && !seen.contains(engagement.getCoach().getId())) {
            people.put(Participation.COACH, engagement.getCoach());
        }
        return people;
    }

    private static String names(Engagement engagement) {
        return engagement.getLeader().getFullName()
                + (engagement.getCoach() != null
                        ? " and " + engagement.getCoach().getFullName()
                        : "");
    }

    private Engagement engagement(Long id) {
        return engagements.findWithPeople(id).orElseThrow();
    }
}
