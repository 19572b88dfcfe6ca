package dev.triad.demo;

import dev.triad.account.Accounts;
import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.engagement.CoachRoster;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementService;
import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.engagement.Phase;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Programmes and impact in the demo: enough completed engagements in each of the three demo programmes for their
 * dashboards to show every chart (no aggregate is shown under five engagements), with held sessions, partnership
 * check-ins, goals, impact measures and close-out answers; and, on the demo organisation's own engagements,
 * check-ins (one waiting for the demo client, one signalling a low fit), impact measures (two missing, for the
 * warning), a coachability rating, a referral and a client's open request for a different coach. Runs after
 * {@link DemoData}, only while the demo people exist and the evaluation tables are empty.
 */
@Component
@Order(DemoData.ORDER + 30)
@ConditionalOnProperty(name = "triad.demo.enabled", havingValue = "true")
class ImpactDemo implements ApplicationRunner {

    /** The completed engagements added: 6 to the pilot, 5 to the EMBA cohort, 2 to the newly promoted tier. */
    static final String[][] PAST_CLIENTS = {
        {"Adam Novak", "Head of Procurement"},
        {"Bea Lindqvist", "Plant Manager"},
        {"Carlos Mendes", "Head of Treasury"},
        {"Dina Farouk", "Regional Director"},
        {"Erik Solberg", "Head of Quality"},
        {"Fatima Zahra", "Head of Risk"},
        {"Gustav Ek", "Product Director"},
        {"Hana Sato", "Marketing Director"},
        {"Imran Qureshi", "Finance Director"},
        {"Julia Weber", "Operations Director"},
        {"Kofi Boateng", "Sales Director"},
        {"Lena Hoffmann", "VP Supply Chain"},
        {"Mateo Ruiz", "VP Customer Care"}
    };

    private static final int[] PER_PROGRAMME = {6, 5, 2};

    private static final Logger log = LoggerFactory.getLogger(ImpactDemo.class);
    private static final String[] FOCUS = {
        "delegation",
        "stakeholder management",
        "strategic thinking",
        "communication",
        "leadership presence",
        "resilience"
    };
    private static final String[] CHANGES = {
        "More time on real situations from my week",
        null,
        "Shorter sessions, more often",
        null,
        "More challenge, please",
        null
    };

    private final People users;
    private final Accounts accounts;
    private final ProgrammeDirectory programmes;
    private final EngagementService engagements;
    private final CoachRoster roster;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ImpactDemo(
            People users,
            Accounts accounts,
            ProgrammeDirectory programmes,
            EngagementService engagements,
            CoachRoster roster,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.programmes = programmes;
        this.engagements = engagements;
        this.roster = roster;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.findByEmail("client@demo.triad").isEmpty()
                || users.findByEmail("hr@demo.triad").isEmpty()) {
            return;
        }
        Long already = jdbc.queryForObject(
                "select (select count(*) from partnership_check_in) + (select count(*) from close_out_survey) "
                        + "+ (select count(*) from impact_measure) + (select count(*) from coach_change_request)",
                Long.class);
        if (already != null && already > 0) {
            return;
        }
        List<Programme> demo = programmes.findAllInOrder().stream()
                .sorted((a, b) -> a.getStartsOn().compareTo(b.getStartsOn()))
                .toList();
        if (demo.size() < 3) {
            return;
        }
        // Oldest first: the pilot, then the EMBA cohort, then the newly promoted tier (DemoData's start dates).
        List<Long> completed = transaction.execute(status -> pastEngagements(demo));
        // Phases and activity are written once the engagements are committed, as DemoData does.
        transaction.executeWithoutResult(status -> {
            completed.forEach(id -> completedActivity(id, demo));
            demoOrganisationActivity(demo, completed);
        });
        log.info(
                "Impact demo loaded: {} completed engagements with check-ins, close-out surveys and impact measures.",
                completed.size());
    }

    private List<Long> pastEngagements(List<Programme> demo) {
        User hr = users.findByEmail("hr@demo.triad").orElseThrow();
        CurrentUser hrUser =
                new CurrentUser(hr.getId(), hr.getEmail(), hr.getFullName(), hr.getRoles(), true, false, "");
        List<User> coaches = users.findActiveWithRole(Role.COACH).stream()
                .filter(c -> c.getEmail().endsWith("@demo.triad"))
                .toList();
        List<User> leaders = users.findActiveWithRole(Role.LEADER).stream()
                .filter(c -> c.getEmail().endsWith("@demo.triad"))
                .toList();
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new ArrayList<>();
        int client = 0;
        for (int p = 0; p < PER_PROGRAMME.length; p++) {
            for (int n = 0; n < PER_PROGRAMME[p]; n++, client++) {
                String[] person = PAST_CLIENTS[client];
                User user = accounts.createWithOwnPassword(
                        new PersonDetails(
                                person[0],
                                "client" + (21 + client) + "@demo.triad",
                                person[1],
                                EnumSet.of(Role.CLIENT),
                                null,
                                null,
                                null),
                        DemoData.PASSWORD);
                LocalDate start = today.minusMonths(9).plusWeeks(client % 4);
                Engagement engagement = engagements.create(new NewEngagement(
                        user.getEmail(),
                        leaders.get(client % leaders.size()).getEmail(),
                        demo.get(p).getId(),
                        null,
                        null,
                        null,
                        start,
                        start.plusMonths(7),
                        FOCUS[client % FOCUS.length]));
                roster.assign(
                        engagement.getId(), coaches.get(client % coaches.size()).getId(), true, null, hrUser);
                ids.add(engagement.getId());
            }
        }
        return ids;
    }

    /** A completed engagement: weekly held sessions (a late cancellation or no-show now and then), check-ins, goals, measures, close-out. */
    private void completedActivity(Long engagementId, List<Programme> demo) {
        Map<String, Object> e = jdbc.queryForMap(
                "select coach_id, client_id, leader_id, starts_on, programme_id from engagement where id = ?",
                engagementId);
        Long coachId = (Long) e.get("coach_id");
        int k = (int) (engagementId % 7);
        Instant first = ((java.sql.Date) e.get("starts_on"))
                .toLocalDate()
                .plusDays(7)
                .atStartOfDay(clock.getZone())
                .toInstant()
                .plus(Duration.ofHours(9));
        int held = 0;
        int weeks = 9 + k % 2;
        for (int w = 0; w < weeks; w++) {
            Instant at = first.plus(Duration.ofDays(7L * w));
            String status = (w == 4 && k % 3 == 0) ? "LATE_CANCELLED" : (w == 6 && k % 4 == 1) ? "NO_SHOW" : "HELD";
            session(engagementId, coachId, at, status);
            if (status.equals("HELD")) {
                held++;
                if (held % 3 == 0) {
                    int fit = k == 5 && held == 3 ? 3 : 4 + (k + held) % 2;
                    checkIn(
                            engagementId,
                            coachId,
                            held,
                            at.plus(Duration.ofHours(3)),
                            fit,
                            CHANGES[(k + held) % CHANGES.length]);
                }
            }
        }
        Instant closedAt = first.plus(Duration.ofDays(7L * weeks));
        jdbc.update("update engagement set phase = 'CLOSED' where id = ?", engagementId);
        DemoPhaseHistory.record(jdbc, engagementId, coachId, Phase.CLOSED, phase -> switch (phase) {
            case SUSTAINMENT -> closedAt.minus(Duration.ofDays(14));
            case CLOSED -> closedAt;
            default -> first.minus(Duration.ofDays(7L - 2L * phase.ordinal()));
        });
        goal(engagementId, coachId, "Delegate the monthly reporting to the team", "ACHIEVED", closedAt);
        goal(
                engagementId,
                coachId,
                "Hold a development conversation with each direct report",
                k % 3 == 0 ? "ACTIVE" : "ACHIEVED",
                closedAt);
        goal(
                engagementId,
                coachId,
                "Build a peer network outside the business unit",
                k % 2 == 0 ? "DROPPED" : "ACHIEVED",
                closedAt);
        Long programme = (Long) e.get("programme_id");
        if (programme.equals(demo.get(1).getId())) {
            measure(
                    engagementId,
                    coachId,
                    "360 score",
                    "points out of 5",
                    "3.3",
                    String.valueOf(3.7 + (k % 3) / 10.0),
                    closedAt);
        } else if (programme.equals(demo.get(0).getId())) {
            measure(
                    engagementId,
                    coachId,
                    "Productivity",
                    "% of target",
                    String.valueOf(70 + k),
                    String.valueOf(79 + k + k % 3),
                    closedAt);
            measure(
                    engagementId,
                    coachId,
                    "Absenteeism",
                    "days per quarter",
                    String.valueOf(4 + k % 3),
                    String.valueOf(2 + k % 2),
                    closedAt);
        } else {
            measure(
                    engagementId,
                    coachId,
                    "Engagement score",
                    "points out of 100",
                    String.valueOf(61 + k),
                    String.valueOf(70 + k),
                    closedAt);
        }
        closeOut(
                engagementId,
                (Long) e.get("client_id"),
                "CLIENT",
                coachId,
                closedAt,
                4 + k % 2,
                4,
                4 - k % 2,
                8 + k % 3,
                k % 2 == 0 ? "The sessions helped me step back and plan." : null);
        closeOut(
                engagementId, (Long) e.get("leader_id"), "LEADER", coachId, closedAt, 4, 3 + k % 2, 4, 7 + k % 3, null);
    }

    /** The demo organisation's own engagements: check-ins, measures, a rating, a referral, a request. */
    private void demoOrganisationActivity(List<Programme> demo, List<Long> completed) {
        Instant now = clock.instant();
        List<Map<String, Object>> existing = jdbc.queryForList("""
                select e.id, e.coach_id, e.client_id, e.leader_id, e.phase, e.programme_id, u.email,
                       (select count(*) from coaching_session s where s.engagement_id = e.id and s.status = 'HELD') as held
                from engagement e join app_user u on u.id = e.client_id
                where u.email like '%@demo.triad'
                order by e.id""");
        for (Map<String, Object> e : existing) {
            Long id = (Long) e.get("id");
            if (completed.contains(id)) {
                continue;
            }
            Long coachId = (Long) e.get("coach_id");
            String email = (String) e.get("email");
            long held = ((Number) e.get("held")).longValue();
            String phase = (String) e.get("phase");
            Long programme = (Long) e.get("programme_id");
            boolean pilot = programme.equals(demo.get(0).getId());
            boolean tier = programme.equals(demo.get(2).getId());
            if (coachId == null) {
                continue;
            }
            boolean demoClient = email.equals("client@demo.triad");
            for (int after = 3; after <= held; after += 3) {
                boolean last = after + 3 > held;
                Instant due = now.minus(Duration.ofDays(7L * (held - after) + 1));
                if (demoClient && last) {
                    jdbc.update(
                            "insert into partnership_check_in (engagement_id, after_sessions, coach_id, due_at) values (?, ?, ?, ?)",
                            id,
                            after,
                            coachId,
                            Timestamp.from(due));
                } else {
                    // client16 (in the pilot) tells the coach the partnership is not working: HR sees the flag.
                    int fit = email.equals("client16@demo.triad") && last ? 2 : 4 + (int) ((id + after) % 2);
                    checkIn(
                            id,
                            coachId,
                            after,
                            due,
                            fit,
                            fit <= 2 ? "We talk past each other; I would like a coach who knows sales." : null);
                }
            }
            if (phase.equals("CLOSED")) {
                // DemoData's closed engagements are completed ones: their surveys were sent and answered.
                Instant closedAt = now.minus(Duration.ofDays(10));
                closeOut(id, (Long) e.get("client_id"), "CLIENT", coachId, closedAt, 4, 4, 4, 9, null);
                closeOut(id, (Long) e.get("leader_id"), "LEADER", coachId, closedAt, 5, 4, 4, 9, null);
                goal(id, coachId, "Lead the first quarterly business review", "ACHIEVED", closedAt);
                goal(id, coachId, "Agree the team's operating rhythm", "ACHIEVED", closedAt);
            }
            if (tier && phase.equals("CLOSED")) {
                measure(
                        id,
                        coachId,
                        "Engagement score",
                        "points out of 100",
                        String.valueOf(60 + id % 5),
                        String.valueOf(68 + id % 7),
                        now);
            }
            if (pilot && phase.equals("COACHING") && !email.equals("client16@demo.triad")) {
                measure(id, coachId, "Productivity", "% of target", String.valueOf(68 + id % 5), null, now);
                goal(id, coachId, "Prepare the succession plan for the team", "ACTIVE", now);
            }
            if (demoClient) {
                jdbc.update(
                        "insert into coachability_rating (engagement_id, coach_id, rating, note, recorded_at) values (?, ?, 4, ?, ?)",
                        id,
                        coachId,
                        "Open to feedback and follows through on action steps; still defensive about the finance lead.",
                        Timestamp.from(now.minus(Duration.ofDays(3))));
                jdbc.update(
                        "insert into referral (engagement_id, kind, note, recorded_by_id, recorded_at) values (?, 'EAP', ?, ?, ?)",
                        id,
                        "You mentioned poor sleep during the reorganisation. The employee assistance programme offers confidential "
                                + "counselling; it is free and HR is not told.",
                        coachId,
                        Timestamp.from(now.minus(Duration.ofDays(2))));
            }
            if (email.equals("client10@demo.triad")) {
                jdbc.update(
                        "insert into coach_change_request (engagement_id, requested_by_id, coach_id, reason, requested_at) values (?, ?, ?, ?, ?)",
                        id,
                        e.get("client_id"),
                        coachId,
                        "I would like a coach with experience of finance teams; our sessions stay too general.",
                        Timestamp.from(now.minus(Duration.ofDays(1))));
            }
        }
    }

    private void session(Long engagementId, Long coachId, Instant at, String status) {
        boolean held = status.equals("HELD");
        String role = held || status.equals("NO_SHOW") ? "COACH" : "CLIENT";
        Long sessionId = jdbc.queryForObject(
                "insert into coaching_session (engagement_id, starts_at, minutes, format, status, outcome_by_id, "
                        + "outcome_by_role, outcome_at, calendar_uid, scheduled_by_id, created_at) values (?, ?, 60, 'VIDEO', ?, ?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                engagementId,
                Timestamp.from(at),
                status,
                coachId,
                role,
                Timestamp.from(held ? at.plus(Duration.ofHours(1)) : at.minus(Duration.ofHours(20))),
                UUID.randomUUID() + "@triad",
                coachId,
                Timestamp.from(at.minus(Duration.ofDays(7))));
        String kind = held ? "SESSION_HELD" : status.equals("NO_SHOW") ? "NO_SHOW" : "LATE_CANCELLATION";
        jdbc.update(
                "insert into hours_entry (engagement_id, kind, hours, note, recorded_by_id, recorded_at, session_id) values (?, ?, 1.0, ?, ?, ?, ?)",
                engagementId,
                kind,
                held ? "Coaching session" : "Session missed",
                coachId,
                Timestamp.from(at.plus(Duration.ofHours(1))),
                sessionId);
    }

    private void checkIn(Long engagementId, Long coachId, int afterSessions, Instant due, int fit, String change) {
        jdbc.update(
                "insert into partnership_check_in (engagement_id, after_sessions, coach_id, due_at, answered_at, fit, what_should_change) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                engagementId,
                afterSessions,
                coachId,
                Timestamp.from(due),
                Timestamp.from(due.plus(Duration.ofHours(20))),
                fit,
                change);
    }

    private void goal(Long engagementId, Long coachId, String statement, String status, Instant at) {
        jdbc.update(
                "insert into goal (engagement_id, statement, success_measure, category, status, visibility, created_by_id, created_at, updated_at) "
                        + "values (?, ?, ?, 'WORK', ?, 'SHARED', ?, ?, ?)",
                engagementId,
                statement,
                "Agreed with the leader in the alignment meeting",
                status,
                coachId,
                Timestamp.from(at.minus(Duration.ofDays(120))),
                Timestamp.from(at));
    }

    private void measure(
            Long engagementId, Long coachId, String name, String unit, String before, String after, Instant at) {
        jdbc.update(
                "insert into impact_measure (engagement_id, name, unit, before_value, after_value, recorded_by_id, created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)",
                engagementId,
                name,
                unit,
                new BigDecimal(before),
                after == null ? null : new BigDecimal(after),
                coachId,
                Timestamp.from(at.minus(Duration.ofDays(120)).truncatedTo(ChronoUnit.SECONDS)),
                Timestamp.from(at));
    }

    private void closeOut(
            Long engagementId,
            Long respondentId,
            String role,
            Long coachId,
            Instant closedAt,
            int satisfaction,
            int goalsAchieved,
            int change,
            int recommend,
            String comments) {
        Long surveyId = jdbc.queryForObject(
                "insert into close_out_survey (engagement_id, respondent_id, respondent_role, coach_id, sent_at) "
                        + "values (?, ?, ?, ?, ?) returning id",
                Long.class,
                engagementId,
                respondentId,
                role,
                coachId,
                Timestamp.from(closedAt));
        jdbc.update(
                "insert into close_out_answer (survey_id, engagement_id, satisfaction, goals_achieved, behaviour_change, would_recommend, "
                        + "comments, answered_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
                surveyId,
                engagementId,
                satisfaction,
                goalsAchieved,
                change,
                recommend,
                comments,
                Timestamp.from(closedAt.plus(Duration.ofDays(2))));
    }
}
