package dev.triad.alignment;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.HomeReminder;
import dev.triad.engagement.HomeReminders;
import dev.triad.engagement.HomeSection;
import dev.triad.engagement.HomeSections;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalSummary;
import dev.triad.system.Days;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What alignment adds to people's home pages. Sections: the coming alignment meetings (client, coach and leader alike),
 * the client's next progress report due, and for leaders each engagement they lead with its phase, next meeting, unread
 * reports and the goals shared with them and their progress — nothing the client has not shared. Reminders: an outcome
 * waiting for one's confirmation, a report due, a report unread. A bounded number of statements per role.
 */
@Component
@Order(3)
@Transactional(readOnly = true)
class AlignmentHome implements HomeSections, HomeReminders {

    static final int LEADER_CARDS = 50;

    private final AlignmentMeetings meetings;
    private final AlignmentOutcomes outcomes;
    private final ProgressReports reports;
    private final ReportingAgreements agreements;
    private final EngagementDirectory led;
    private final GoalService goals;
    private final AlignmentTime time;

    AlignmentHome(
            AlignmentMeetings meetings,
            AlignmentOutcomes outcomes,
            ProgressReports reports,
            ReportingAgreements agreements,
            EngagementDirectory led,
            GoalService goals,
            AlignmentTime time) {
        this.meetings = meetings;
        this.outcomes = outcomes;
        this.reports = reports;
        this.agreements = agreements;
        this.led = led;
        this.goals = goals;
        this.time = time;
    }

    /** The coming meetings of someone's engagements. */
    public record MeetingsSection(List<MeetingOnHome> meetings) {}

    /** When each of the client's next progress reports is due. */
    public record ReportsDueSection(List<ReportDue> reports, LocalDate today) {}

    public record ReportDue(Long engagementId, String leaderName, ReportCadence cadence, LocalDate nextDue) {

        public boolean overdue(LocalDate today) {
            return nextDue.isBefore(today);
        }
    }

    /** The leader's view of the engagements they lead. */
    public record LeaderSection(List<LedEngagement> engagements) {}

    public record LedEngagement(
            Engagement engagement, AlignmentMeeting nextMeeting, long unreadReports, List<GoalSummary> sharedGoals) {}

    @Override
    public List<HomeSection> sectionsFor(CurrentUser me) {
        List<HomeSection> sections = new ArrayList<>();
        boolean takesPart = me.has(Role.CLIENT) || me.has(Role.COACH) || me.has(Role.LEADER);
        if (!takesPart) {
            return sections;
        }
        Instant now = time.now();
        // meetings under way count as coming; none lasts over 8 hours
        List<MeetingOnHome> coming =
                meetings.upcomingFor(me.id(), now.minus(Duration.ofHours(8)), PageRequest.of(0, 12)).stream()
                        .filter(m -> m.endsAt().isAfter(now))
                        .toList();
        if (!coming.isEmpty()) {
            sections.add(new HomeSection("alignment/home-meetings", new MeetingsSection(coming)));
        }
        if (me.has(Role.CLIENT)) {
            List<ReportDue> due = agreements.statesOf(me.id()).stream()
                    .map(s -> new ReportDue(s.engagementId(), s.leaderName(), s.cadence(), s.nextDue(time.zone())))
                    .toList();
            if (!due.isEmpty()) {
                sections.add(new HomeSection("alignment/home-reports", new ReportsDueSection(due, time.today())));
            }
        }
        if (me.has(Role.LEADER)) {
            List<Engagement> mine = led.ledBy(me.id(), PageRequest.of(0, LEADER_CARDS));
            if (!mine.isEmpty()) {
                sections.add(new HomeSection("alignment/home-leader", leaderSection(mine, now)));
            }
        }
        return sections;
    }

    private LeaderSection leaderSection(List<Engagement> mine, Instant now) {
        List<Long> ids = mine.stream().map(Engagement::getId).toList();
        Map<Long, AlignmentMeeting> next = meetings.nextOf(ids, now).stream()
                .collect(Collectors.toMap(AlignmentMeeting::getEngagementId, Function.identity(), (a, b) -> a));
        Map<Long, Long> unread = new HashMap<>();
        for (Object[] row : reports.unreadPerEngagement(ids)) {
            unread.put((Long) row[0], (Long) row[1]);
        }
        Map<Long, List<GoalSummary>> shared = goals.sharedProgress(ids);
        return new LeaderSection(mine.stream()
                .map(e -> new LedEngagement(
                        e,
                        next.get(e.getId()),
                        unread.getOrDefault(e.getId(), 0L),
                        shared.getOrDefault(e.getId(), List.of())))
                .toList());
    }

    @Override
    public List<HomeReminder> remindersFor(CurrentUser me) {
        List<HomeReminder> reminders = new ArrayList<>();
        if (!(me.has(Role.CLIENT) || me.has(Role.COACH) || me.has(Role.LEADER))) {
            return reminders;
        }
        for (OutcomeToConfirm waiting : outcomes.awaitingConfirmationBy(me.id(), time.now())) {
            reminders.add(new HomeReminder(
                    "The outcome of the " + waiting.kind().label().toLowerCase() + " for " + waiting.clientName()
                            + "’s coaching waits for your confirmation.",
                    "Read and confirm it",
                    waiting.href()));
        }
        if (me.has(Role.CLIENT)) {
            LocalDate today = time.today();
            for (ReportingState state : agreements.statesOf(me.id())) {
                LocalDate due = state.nextDue(time.zone());
                if (!due.isAfter(today)) {
                    reminders.add(new HomeReminder(
                            "Your progress report to " + state.leaderName() + " is due"
                                    + (due.isBefore(today) ? " since " + Days.date(due) : " today") + ".",
                            "Write it",
                            "/engagements/" + state.engagementId() + "/reports/new"));
                }
            }
        }
        if (me.has(Role.LEADER)) {
            for (UnreadReport report : reports.unreadFor(me.id())) {
                reminders.add(new HomeReminder(
                        report.clientName() + " sent you a progress report on "
                                + Days.date(report.sentAt().atZone(time.zone())) + ".",
                        "Read it",
                        report.href()));
            }
        }
        return reminders;
    }
}
