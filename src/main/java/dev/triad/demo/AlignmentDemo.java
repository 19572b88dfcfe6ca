package dev.triad.demo;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.AlignmentService;
import dev.triad.alignment.AlignmentService.ItemEntry;
import dev.triad.alignment.AlignmentService.LeaderWords;
import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.LeaderInputTopic;
import dev.triad.alignment.MeetingKind;
import dev.triad.alignment.OutcomeText;
import dev.triad.alignment.ProgressReport;
import dev.triad.alignment.ProgressReportService;
import dev.triad.alignment.ReportCadence;
import dev.triad.alignment.ReportText;
import dev.triad.engagement.IntakeService;
import dev.triad.engagement.IntakeService.IntakeText;
import dev.triad.engagement.Phase;
import dev.triad.goal.Goal;
import dev.triad.goal.GoalCategory;
import dev.triad.goal.GoalDetails;
import dev.triad.goal.GoalService;
import dev.triad.goal.GoalStatus;
import dev.triad.goal.GoalVisibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo client's alignment story, for Chris Morgan, coach Carmen Okafor and leader Liam Becker: the intake
 * interview, the phase moves that took the engagement to coaching, an initial alignment meeting with its checklist,
 * the leader's input on two shared goals and an outcome confirmed by all three, two monthly progress reports (the
 * latest not read yet), the leader's feedback, and a mid-point meeting to come. Runs after {@link DemoData}, once:
 * only when the demo people exist and no alignment meeting does.
 */
@Component
@Order(DemoData.ORDER + 6)
@ConditionalOnProperty(name = "triad.demo.enabled", havingValue = "true")
class AlignmentDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AlignmentDemo.class);

    private final People users;
    private final GoalService goals;
    private final AlignmentService alignment;
    private final ProgressReportService reports;
    private final IntakeService intake;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AlignmentDemo(
            People users,
            GoalService goals,
            AlignmentService alignment,
            ProgressReportService reports,
            IntakeService intake,
            JdbcTemplate jdbc,
            Clock clock) {
        this.users = users;
        this.goals = goals;
        this.alignment = alignment;
        this.reports = reports;
        this.intake = intake;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<User> client = users.findByEmail("client@demo.triad");
        Optional<User> coach = users.findByEmail("coach@demo.triad");
        Optional<User> leader = users.findByEmail("leader@demo.triad");
        if (client.isEmpty() || coach.isEmpty() || leader.isEmpty()) {
            return;
        }
        Integer meetings = jdbc.queryForObject("select count(*) from alignment_meeting", Integer.class);
        List<Long> ids = jdbc.queryForList(
                "select id from engagement where client_id = ? and leader_id = ? and coach_id = ? order by id",
                Long.class,
                client.get().getId(),
                leader.get().getId(),
                coach.get().getId());
        if (meetings == null || meetings > 0 || ids.isEmpty()) {
            return;
        }
        load(ids.get(0), principal(client.get()), principal(coach.get()), principal(leader.get()));
        log.info(
                "Demo alignment loaded: sign in as leader@demo.triad to see the reports and goals Chris Morgan shares.");
    }

    private CurrentUser principal(User found) {
        User user = users.findWithRoles(found.getId()).orElseThrow();
        return new CurrentUser(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), true, false, "");
    }

    private void load(Long id, CurrentUser client, CurrentUser coach, CurrentUser leader) {
        Instant now = clock.instant();
        LocalDate startsOn = jdbc.queryForObject("select starts_on from engagement where id = ?", LocalDate.class, id);

        intake.write(
                id,
                null,
                new IntakeText(
                        "A promotion to Head of Logistics six months ago, with twice the team; the first engagement survey showed the team waiting for decisions.",
                        "Liam wants Chris to delegate the day-to-day so that Chris can lead the warehouse automation project; he expects visible change within six months.",
                        "Twelve years in operations, a trusted problem-solver, used to being the one who fixes things; first time leading leaders."),
                coach);
        Instant moved = startsOn.atStartOfDay(clock.getZone()).toInstant();
        DemoPhaseHistory.move(
                jdbc, id, Phase.INTAKE, Phase.ASSESSMENT, null, moved.plus(Duration.ofDays(4)), coach.id());
        DemoPhaseHistory.move(
                jdbc, id, Phase.ASSESSMENT, Phase.ALIGNMENT, null, moved.plus(Duration.ofDays(10)), coach.id());

        Goal delegate = sharedGoalWithProgress(
                id,
                "Delegate the weekly operations review to the team",
                "The shift leads run the review and bring me decisions, not questions",
                "reviews run by the team",
                "4",
                "2",
                coach,
                client);
        Goal listen = goals.create(
                id,
                new GoalDetails(
                        "Speak last in staff meetings",
                        "Others propose first; I summarise and decide",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
        goals.create(
                id,
                new GoalDetails(
                        "Protect two evenings a week for family",
                        "No laptop on Tuesday and Thursday evenings",
                        GoalCategory.PERSONAL,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                client);

        LocalDateTime initialAt = startsOn.plusDays(14).atTime(10, 0);
        // Booked ahead, as it was then; it has taken place since (a time that has begun cannot be booked).
        AlignmentMeeting initial = alignment.schedule(
                id,
                new NewMeeting(
                        MeetingKind.INITIAL,
                        LocalDateTime.ofInstant(now, clock.getZone())
                                .plusDays(30)
                                .truncatedTo(ChronoUnit.HOURS),
                        60,
                        "Liam’s office, 3rd floor"),
                coach);
        jdbc.update(
                "update alignment_meeting set starts_at = ? where id = ?",
                Timestamp.from(initialAt.atZone(clock.getZone()).toInstant()),
                initial.getId());
        alignment.prepareObjectives(
                id,
                initial.getId(),
                "1. Hand the weekly operations review to the shift leads.\n2. Let others speak first in staff meetings.\n3. Free one day a week for the automation project.",
                client);
        List<ItemEntry> items = new ArrayList<>();
        String[] notes = {
            "Chris owns the agenda and the action steps; Carmen runs the process; Liam gives input and monthly feedback.",
            "Sessions stay between Chris and Carmen. Chris shares goals and progress reports with Liam.",
            "Chris shared the 360 summary with Liam; the rest stays with Chris and Carmen.",
            "Chris presented three objectives; Liam added the automation project as the reason behind them.",
            "Budget for a deputy shift lead is approved from next quarter; the peak season in November is a constraint.",
            "Monthly progress report from Chris to Liam; the two shared goals carry the measures; mid-point meeting at three months."
        };
        var agenda = alignment.page(id, initial.getId(), coach).agenda();
        for (int i = 0; i < agenda.size(); i++) {
            items.add(new ItemEntry(agenda.get(i).getId(), true, i < notes.length ? notes[i] : null));
        }
        alignment.recordChecklist(id, initial.getId(), items, coach);
        alignment.recordLeaderInput(
                id,
                initial.getId(),
                new LeaderWords(
                        LeaderInputTopic.EXPECTATIONS,
                        null,
                        null,
                        "I need Chris leading the automation project by spring, not fixing shift rosters."),
                coach);
        alignment.recordLeaderInput(
                id,
                initial.getId(),
                new LeaderWords(
                        LeaderInputTopic.ANSWER,
                        "What are the client’s greatest strengths in your eyes?",
                        null,
                        "Calm in a crisis, and people trust Chris’s word."),
                coach);
        alignment.recordLeaderInput(
                id,
                initial.getId(),
                new LeaderWords(
                        LeaderInputTopic.GOAL,
                        null,
                        delegate.getId(),
                        "I want the shift leads to present the review to me with Chris listening; four in a row would convince me."),
                coach);
        alignment.recordLeaderInput(
                id,
                initial.getId(),
                new LeaderWords(
                        LeaderInputTopic.GOAL,
                        null,
                        listen.getId(),
                        "In my staff meeting I will notice if Chris asks before telling."),
                coach);
        alignment.writeOutcome(
                id,
                initial.getId(),
                new OutcomeText(
                        "Delegate the weekly operations review to the shift leads.\nSpeak last in staff meetings.",
                        "Four reviews in a row run by the shift leads; Liam sees Chris ask before telling in his staff meetings.",
                        ReportCadence.MONTHLY),
                coach);
        for (CurrentUser person : List.of(client, coach, leader)) {
            alignment.confirm(id, initial.getId(), person);
        }
        Instant confirmedAt = initialAt.plusHours(2).atZone(clock.getZone()).toInstant();
        jdbc.update(
                "update alignment_confirmation set confirmed_at = ? where outcome_id in (select id from alignment_outcome where meeting_id = ?)",
                Timestamp.from(confirmedAt),
                initial.getId());
        jdbc.update(
                "update alignment_meeting set held_at = ? where id = ?", Timestamp.from(confirmedAt), initial.getId());
        jdbc.update(
                "update reporting_agreement set agreed_on = ? where engagement_id = ?", initialAt.toLocalDate(), id);
        DemoPhaseHistory.move(
                jdbc,
                id,
                Phase.ALIGNMENT,
                Phase.COACHING,
                "The initial alignment meeting’s outcome is confirmed by all three.",
                confirmedAt.plus(Duration.ofDays(1)),
                coach.id());

        sentReport(
                id,
                client,
                now.minus(Duration.ofDays(35)),
                true,
                new ReportText(
                        "Hand the weekly operations review to the shift leads.",
                        "I asked Priya to chair the first review and stayed silent until the end.",
                        "The review ran ten minutes over, but two decisions were made without me.",
                        "Let Priya and Tom alternate; prepare the agenda with them the day before."));
        sentReport(
                id,
                client,
                now.minus(Duration.ofDays(6)),
                false,
                new ReportText(
                        "Reviews run by the shift leads; speak last in staff meetings.",
                        "Priya and Tom ran three reviews. In Liam’s staff meeting I asked two questions before giving my view.",
                        "The shift leads now bring options; one escalated issue came back to me.",
                        "The fourth review, and the rota decision left to Tom."));
        reports.giveFeedback(
                id,
                delegate.getId(),
                "At Monday’s review Priya answered my questions on the backlog before you did, and her answer was better "
                        + "prepared than last month’s. Whatever you changed, keep it.",
                leader);
        jdbc.update(
                "update leader_feedback set created_at = ? where engagement_id = ?",
                Timestamp.from(now.minus(Duration.ofDays(20))),
                id);

        LocalDateTime midPoint = LocalDateTime.ofInstant(now, clock.getZone())
                .plusDays(12)
                .truncatedTo(ChronoUnit.DAYS)
                .withHour(14);
        alignment.schedule(
                id,
                new NewMeeting(MeetingKind.MID_POINT, midPoint, 45, "https://meet.example.com/triad-midpoint"),
                coach);
    }

    private Goal sharedGoalWithProgress(
            Long id,
            String statement,
            String success,
            String unit,
            String target,
            String latest,
            CurrentUser coach,
            CurrentUser client) {
        Goal goal = goals.create(
                id,
                new GoalDetails(
                        statement,
                        success,
                        GoalCategory.WORK,
                        unit,
                        BigDecimal.ZERO,
                        new BigDecimal(target),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                coach);
        goals.checkIn(id, goal.getId(), LocalDate.now(clock), new BigDecimal(latest), null, client);
        return goal;
    }

    private void sentReport(Long id, CurrentUser client, Instant sentAt, boolean read, ReportText text) {
        ProgressReport report = reports.write(id, text, client);
        reports.send(id, report.getId(), client);
        jdbc.update(
                "update progress_report set created_at = ?, updated_at = ?, sent_at = ?, read_at = ? where id = ?",
                Timestamp.from(sentAt.minus(Duration.ofHours(2))),
                Timestamp.from(sentAt),
                Timestamp.from(sentAt),
                read ? Timestamp.from(sentAt.plus(Duration.ofHours(5))) : null,
                report.getId());
    }
}
