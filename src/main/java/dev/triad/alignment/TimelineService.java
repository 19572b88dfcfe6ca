package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementAccessPolicy;
import dev.triad.engagement.EngagementContent;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.PhaseChange;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The engagement's story in one list: its phase moves (for everyone who sees its facts, HR included), its alignment
 * meetings (client, coach and leader), and its coaching sessions (client and coach only: the leader and HR see
 * attendance on the sessions page, but the timeline is no back door to the sessions).
 */
@Service
public class TimelineService {

    private final EngagementAccessPolicy policy;
    private final EngagementDirectory changes;
    private final AlignmentMeetings meetings;
    private final AlignmentOutcomes outcomes;
    private final SessionDirectory sessions;
    private final AlignmentTime time;

    TimelineService(
            EngagementAccessPolicy policy,
            EngagementDirectory changes,
            AlignmentMeetings meetings,
            AlignmentOutcomes outcomes,
            SessionDirectory sessions,
            AlignmentTime time) {
        this.policy = policy;
        this.changes = changes;
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.sessions = sessions;
        this.time = time;
    }

    public record Timeline(EngagementAccess access, List<TimelineEntry> entries) {

        public boolean showsMeetings() {
            return access.may(EngagementContent.ALIGNMENT_AND_REPORTS);
        }

        public boolean showsSessions() {
            return access.may(EngagementContent.SESSION_AGENDA_AND_SUMMARY);
        }
    }

    @Transactional(readOnly = true)
    public Timeline timeline(Long engagementId, CurrentUser me) {
        EngagementAccess access = policy.require(engagementId, me, EngagementContent.FACTS);
        Engagement engagement = access.engagement();
        Instant now = time.now();
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(
                engagement.getCreatedAt(),
                "phase",
                "Engagement opened in Intake",
                null,
                "Started on " + dev.triad.system.Days.of(engagement.getStartsOn()) + ", planned to end on "
                        + dev.triad.system.Days.of(engagement.getPlannedEndOn()),
                null,
                false));
        for (PhaseChange change : changes.phaseHistoryOf(engagementId)) {
            entries.add(phaseEntry(change));
        }
        if (access.may(EngagementContent.ALIGNMENT_AND_REPORTS)) {
            Map<Long, AlignmentOutcome> current = outcomes.ofEngagement(engagementId).stream()
                    .filter(o -> !o.isSuperseded())
                    .collect(Collectors.toMap(AlignmentOutcome::getMeetingId, Function.identity()));
            for (AlignmentMeeting meeting : meetings.ofEngagement(engagementId)) {
                entries.add(meetingEntry(meeting, current.get(meeting.getId()), now));
            }
        }
        if (access.may(EngagementContent.SESSION_AGENDA_AND_SUMMARY)) {
            for (CoachingSession session : sessions.inOrderOfStart(engagementId)) {
                entries.add(new TimelineEntry(
                        session.getStartsAt(),
                        "session",
                        "Coaching session",
                        session.getStatus().label(),
                        session.getMinutes() + " minutes, "
                                + session.getFormat().label().toLowerCase(),
                        "/engagements/" + engagementId + "/sessions/" + session.getId(),
                        session.isScheduled() && session.getStartsAt().isAfter(now)));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return new Timeline(access, entries);
    }

    private static TimelineEntry phaseEntry(PhaseChange change) {
        String title = change.getClosure() != null
                ? "Closed (" + change.getClosure().label().toLowerCase() + ") from "
                        + change.getFromPhase().label()
                : "Moved from " + change.getFromPhase().label() + " to "
                        + change.getToPhase().label();
        StringBuilder detail = new StringBuilder("by ")
                .append(change.getMovedBy().getFullName())
                .append(change.getMovedByRole() == dev.triad.engagement.Participation.HR ? " (HR)" : " (coach)");
        if (change.isSkip()) {
            detail.append(" · passed over ").append(change.skippedLabels());
        }
        if (change.getReason() != null) {
            detail.append(" · Reason: ").append(change.getReason());
        }
        return new TimelineEntry(
                change.getMovedAt(), "phase", title, change.getToPhase().label(), detail.toString(), null, false);
    }

    private static TimelineEntry meetingEntry(AlignmentMeeting meeting, AlignmentOutcome outcome, Instant now) {
        String status = meeting.getStatus().label();
        if (!meeting.isCancelled() && outcome != null) {
            status += outcome.isConfirmed()
                    ? " · outcome confirmed"
                    : " · outcome pending (" + outcome.getConfirmations().size() + " of 3 confirmed)";
        }
        String detail =
                meeting.getMinutes() + " minutes" + (meeting.getLocation() != null ? ", " + meeting.getLocation() : "")
                        + (meeting.isCancelled() && meeting.getChangeReason() != null
                                ? " · Reason: " + meeting.getChangeReason()
                                : "");
        return new TimelineEntry(
                meeting.getStartsAt(),
                "meeting",
                meeting.getKind().label(),
                status,
                detail,
                "/engagements/" + meeting.getEngagementId() + "/alignment/meetings/" + meeting.getId(),
                meeting.isScheduled() && meeting.getStartsAt().isAfter(now));
    }
}
