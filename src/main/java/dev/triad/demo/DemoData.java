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
import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.Programmes;
import dev.triad.programme.Timing;
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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Fills an empty database with a small organisation: 1 HR administrator, 4 coaches, 8 leaders,
 * 20 clients, 3 programmes and 20 engagements over every phase and coaching type. A database that
 * already has people is never touched.
 */
@Component
@Order(DemoData.ORDER)
@ConditionalOnProperty(name = "triad.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Runs first; each feature's demo runner comes after it ({@code @Order(DemoData.ORDER + n)}) and fills its own tables once. */
    static final int ORDER = 0;

    static final String PASSWORD = "triad-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final String[][] COACHES = {
        {
            "coach@demo.triad",
            "Carmen Okafor",
            "Executive coach",
            "leadership presence, strategic thinking, stakeholder management",
            "English, French",
            "8"
        },
        {
            "coach2@demo.triad",
            "Daniel Weiss",
            "Executive coach",
            "change leadership, delegation, resilience",
            "English, German",
            "6"
        },
        {
            "coach3@demo.triad",
            "Priya Natarajan",
            "Leadership coach",
            "new leader transition, communication, influence",
            "English, Tamil",
            "6"
        },
        {
            "coach4@demo.triad",
            "Marco Rossi",
            "Performance coach",
            "well-being, time management, performance",
            "English, Italian, Spanish",
            "4"
        },
    };
    private static final String[][] LEADERS = {
        {"leader@demo.triad", "Liam Becker", "Chief Operating Officer"},
        {"leader2@demo.triad", "Sofia Alvarez", "Chief Financial Officer"},
        {"leader3@demo.triad", "Kenji Tanaka", "VP Engineering"},
        {"leader4@demo.triad", "Amara Mensah", "VP Sales"},
        {"leader5@demo.triad", "Olivia Brown", "VP People"},
        {"leader6@demo.triad", "Noah Fischer", "Director of Product"},
        {"leader7@demo.triad", "Elena Petrova", "Director of Operations"},
        {"leader8@demo.triad", "Samuel Adeyemi", "Director of Customer Success"},
    };
    private static final String[] CLIENT_NAMES = {
        "Chris Morgan", "Aisha Khan", "Ben Carter", "Chloe Dubois", "David Kim", "Emma Larsen", "Farid Haddad",
        "Grace Liu", "Hugo Martin", "Isla Murphy", "Jonas Berg", "Keira Walsh", "Luca Bianchi", "Maya Cohen",
        "Nikhil Rao", "Oscar Nilsson", "Paula Santos", "Quinn Taylor", "Rosa Jimenez", "Tom Hughes"
    };
    private static final String[] CLIENT_TITLES = {
        "Head of Logistics",
        "Finance Manager",
        "Engineering Manager",
        "Regional Sales Lead",
        "Product Manager",
        "Operations Manager",
        "Customer Success Lead"
    };

    private final People users;
    private final Accounts accounts;
    private final Programmes programmes;
    private final EngagementService engagements;
    private final CoachRoster roster;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoData(
            People users,
            Accounts accounts,
            Programmes programmes,
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
        if (users.count() > 0) {
            log.info("Demo data: the database already has people; nothing loaded.");
            return;
        }
        List<Progress> progress = transaction.execute(status -> load());
        // Phases and held hours are written once the engagements are committed, so the JPA flush cannot undo them.
        transaction.executeWithoutResult(status -> progress.forEach(this::apply));
        log.info(
                "Demo data loaded. Sign in as hr@demo.triad, coach@demo.triad, client@demo.triad or leader@demo.triad "
                        + "with the password '{}'.",
                PASSWORD);
    }

    /**
     * How far a demo engagement has come: its phase and how many sessions were held; {@code toldElsewhere} for the demo
     * client's engagement, whose phase moves {@link AlignmentDemo} writes with their reasons.
     */
    private record Progress(Long engagementId, Phase phase, Long coachId, int heldSessions, boolean toldElsewhere) {}

    private void apply(Progress p) {
        jdbc.update("update engagement set phase = ? where id = ?", p.phase().name(), p.engagementId());
        Instant now = clock.instant();
        if (!p.toldElsewhere()) {
            recordPhaseHistory(p, now);
        }
        for (int s = 0; s < p.heldSessions(); s++) {
            Instant start =
                    now.minus(Duration.ofDays(7L * (p.heldSessions() - s))).truncatedTo(ChronoUnit.HOURS);
            Long sessionId = jdbc.queryForObject(
                    "insert into coaching_session (engagement_id, starts_at, minutes, format, status, "
                            + "summary, summary_updated_at, outcome_by_id, outcome_by_role, outcome_at, calendar_uid, scheduled_by_id, created_at) "
                            + "values (?, ?, 60, 'VIDEO', 'HELD', ?, ?, ?, 'COACH', ?, ?, ?, ?) returning id",
                    Long.class,
                    p.engagementId(),
                    Timestamp.from(start),
                    SUMMARIES[s % SUMMARIES.length],
                    Timestamp.from(start.plus(Duration.ofHours(2))),
                    p.coachId(),
                    Timestamp.from(start.plus(Duration.ofHours(1))),
                    UUID.randomUUID() + "@triad",
                    p.coachId(),
                    Timestamp.from(start.minus(Duration.ofDays(7))));
            jdbc.update(
                    "insert into hours_entry (engagement_id, kind, hours, note, recorded_by_id, recorded_at, session_id) "
                            + "values (?, 'SESSION_HELD', 1.0, 'Coaching session', ?, ?, ?)",
                    p.engagementId(),
                    p.coachId(),
                    Timestamp.from(start.plus(Duration.ofHours(1))),
                    sessionId);
        }
        if (p.heldSessions() > 0 && p.phase().isActive()) {
            // The next session, for the client to prepare an agenda for.
            Instant next =
                    now.plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(9));
            jdbc.update(
                    "insert into coaching_session (engagement_id, starts_at, minutes, format, location, status, calendar_uid, "
                            + "scheduled_by_id, created_at) values (?, ?, 60, 'VIDEO', 'https://meet.example.com/triad-demo', 'SCHEDULED', ?, ?, ?)",
                    p.engagementId(),
                    Timestamp.from(next),
                    UUID.randomUUID() + "@triad",
                    p.coachId(),
                    Timestamp.from(now));
        }
    }

    /** Moves a week apart from the start, except that sustainment and closing come after the held sessions. */
    private void recordPhaseHistory(Progress p, Instant now) {
        Instant start = jdbc.queryForObject(
                        "select starts_on from engagement where id = ?", Date.class, p.engagementId())
                .toLocalDate()
                .atStartOfDay(clock.getZone())
                .toInstant();
        DemoPhaseHistory.record(jdbc, p.engagementId(), p.coachId(), p.phase(), phase -> switch (phase) {
            case SUSTAINMENT -> now.minus(Duration.ofDays(p.phase() == Phase.CLOSED ? 5 : 2));
            case CLOSED -> now.minus(Duration.ofDays(1));
            default -> start.plus(Duration.ofDays(7L * phase.ordinal()));
        });
    }

    private static final String[] SUMMARIES = {
        "We clarified what success in the role looks like and agreed to map key stakeholders.",
        "We reviewed the stakeholder map and practised a difficult conversation with the finance lead.",
        "We looked at delegation: which decisions to hand over first, and how to follow up without micromanaging.",
        "We debriefed the team meeting and planned how to ask for first-hand feedback more often.",
        "We reviewed progress on the action plan and set the next two action steps."
    };

    private List<Progress> load() {
        List<Progress> progress = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        // The organisation spans time zones (README, "Demo data"): HR follows the organisation's default, the coaches
        // work from London, Chris (client@) from New York and Liam (leader@) from Singapore.
        User hr = person(
                "hr@demo.triad", "Hannah Reyes", "HR Director", EnumSet.of(Role.HR_ADMIN), null, null, null, null);
        List<User> coaches = new ArrayList<>();
        for (String[] c : COACHES) {
            coaches.add(person(c[0], c[1], c[2], EnumSet.of(Role.COACH), c[3], c[4], Integer.valueOf(c[5]), LONDON));
        }
        List<User> leaders = new ArrayList<>();
        for (String[] l : LEADERS) {
            ZoneId zone = l[0].equals("leader@demo.triad") ? ZoneId.of("Asia/Singapore") : null;
            leaders.add(person(l[0], l[1], l[2], EnumSet.of(Role.LEADER), null, null, null, zone));
        }
        List<User> clients = new ArrayList<>();
        for (int i = 0; i < CLIENT_NAMES.length; i++) {
            String email = i == 0 ? "client@demo.triad" : "client" + (i + 1) + "@demo.triad";
            clients.add(person(
                    email,
                    CLIENT_NAMES[i],
                    CLIENT_TITLES[i % CLIENT_TITLES.length],
                    EnumSet.of(Role.CLIENT),
                    null,
                    null,
                    null,
                    i == 0 ? ZoneId.of("America/New_York") : null));
        }

        List<Programme> pro = List.of(
                programmes.save(new Programme(
                        "Senior manager coaching pilot",
                        "A pilot of aligned coaching for senior managers, with ROI measured against productivity and retention.",
                        Timing.PROACTIVE,
                        CoachingType.ALIGNED,
                        new BigDecimal("12"),
                        today.minusMonths(8),
                        today.plusMonths(10),
                        clock.instant())),
                programmes.save(new Programme(
                        "EMBA development cohort",
                        "Coaching alongside the executive MBA, debriefing assessments to lock in the learning.",
                        Timing.JUST_IN_TIME,
                        CoachingType.DEVELOPMENT,
                        new BigDecimal("8"),
                        today.minusMonths(5),
                        today.plusMonths(7),
                        clock.instant())),
                programmes.save(new Programme(
                        "Newly promoted executives tier",
                        "Transition coaching for leaders in their first year at executive level.",
                        Timing.PROACTIVE,
                        CoachingType.PROGRAMMATIC,
                        new BigDecimal("10"),
                        today.minusMonths(3),
                        null,
                        clock.instant())));

        CurrentUser hrUser =
                new CurrentUser(hr.getId(), hr.getEmail(), hr.getFullName(), hr.getRoles(), true, false, "");
        Phase[] phases = Phase.values();
        CoachingType[] types = CoachingType.values();
        Timing[] timings = Timing.values();
        for (int i = 0; i < clients.size(); i++) {
            // The demo client (i = 0) is coached by the demo coach and led by the demo leader, in coaching.
            Phase phase = i == 0 ? Phase.COACHING : phases[i % phases.length];
            CoachingType type = i == 0 ? CoachingType.ALIGNED : types[i % types.length];
            User leader = leaders.get(i % leaders.size());
            // Shifted every 8 engagements so that the demo leader (i % 8 == 0) works with several coaches.
            User coach = coaches.get((i + i / leaders.size()) % coaches.size());
            Programme programme = pro.get(i % pro.size());
            LocalDate start = today.minusWeeks(2 + 3L * phase.ordinal() + i % 3);
            Engagement engagement = engagements.create(new NewEngagement(
                    clients.get(i).getEmail(),
                    leader.getEmail(),
                    programme.getId(),
                    type,
                    timings[i % timings.length],
                    null,
                    start,
                    start.plusMonths(9),
                    FOCUS[i % FOCUS.length]));
            boolean unassigned = phase == Phase.INTAKE && i % 2 == 0;
            if (!unassigned) {
                roster.assign(engagement.getId(), coach.getId(), true, null, hrUser);
            }
            int heldSessions = switch (phase) {
                case COACHING -> 3 + i % 3;
                case SUSTAINMENT -> 7;
                case CLOSED -> 9 + i % 2;
                default -> 0;
            };
            progress.add(new Progress(engagement.getId(), phase, coach.getId(), unassigned ? 0 : heldSessions, i == 0));
        }
        return progress;
    }

    private static final String[] FOCUS = {
        "strategic thinking",
        "delegation",
        "stakeholder management",
        "communication",
        "resilience",
        "leadership presence",
        "new leader transition",
        "influence"
    };

    private User person(
            String email,
            String name,
            String title,
            Set<Role> roles,
            String specialities,
            String languages,
            Integer capacity,
            ZoneId timeZone) {
        return accounts.createWithOwnPassword(
                new PersonDetails(name, email, title, roles, specialities, languages, capacity, timeZone), PASSWORD);
    }
}
