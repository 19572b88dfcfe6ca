package dev.triad.generator;

import dev.triad.generator.CopyTables.Table;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Fills a database with a generated organisation: HR administrators, coaches, leaders and clients, programmes, and
 * engagements spread over every phase with the content each phase has by then (intake interviews, assessments with
 * 360 requests and their answers, alignment meetings with checklists, outcomes and confirmations, goals with metric
 * check-ins, sessions held, cancelled, late-cancelled or missed with the hours ledger, action steps with progress
 * notes, progress reports, leader feedback, weekly reflections, partnership check-ins, close-out surveys…).
 *
 * <p>Rows go in with PostgreSQL COPY in one transaction, with ids chosen here (after the highest already present),
 * so an existing database keeps its data. Every generated person signs in with {@link #PASSWORD}; their emails are
 * {@code hr1@DOMAIN}, {@code coach1@DOMAIN}, {@code leader1@DOMAIN}, {@code client1@DOMAIN}… The same seed gives the
 * same organisation.
 *
 * <p>Test code, not part of the application users run: {@link GenerateOrganisation} runs it for the benchmark.
 */
public class OrganisationGenerator {

    public static final String PASSWORD = "triad-benchmark";
    public static final String DOMAIN = "gen.triad";

    private static final String[] PHASES = {"INTAKE", "ASSESSMENT", "ALIGNMENT", "COACHING", "SUSTAINMENT", "CLOSED"};
    private static final int INTAKE = 0, ASSESSMENT = 1, ALIGNMENT = 2, COACHING = 3, SUSTAINMENT = 4, CLOSED = 5;
    /** Share of engagements in each phase, in per mille. */
    private static final int[] PHASE_SHARE = {60, 90, 100, 400, 150, 200};

    private static final String[] TYPES = {"DEVELOPMENT", "PERFORMANCE", "ALIGNED", "PROGRAMMATIC"};
    private static final String[] TIMINGS = {"PROACTIVE", "JUST_IN_TIME", "AFTER_THE_FACT"};
    private static final String[] PROGRAMME_NAMES = {
        "Senior managers pilot",
        "EMBA cohort",
        "Newly promoted tier",
        "Manager-as-coach follow-up",
        "High potentials",
        "Women in leadership",
        "Transition to director",
        "Sales leadership",
        "Engineering leadership",
        "Operations excellence"
    };
    private static final String[] FIRST = {
        "Alex", "Sam", "Jordan", "Maria", "Wei", "Fatima", "Lucas", "Aisha", "Noah", "Emma", "Kenji", "Priya", "Omar",
        "Sofia", "Liam", "Chloe", "Mateo", "Hana", "Ivan", "Zoe", "Ravi", "Elena", "Tom", "Grace", "Yusuf", "Nina",
        "Pedro", "Mia", "Arjun", "Leah"
    };
    private static final String[] LAST = {
        "Smith",
        "Garcia",
        "Chen",
        "Okafor",
        "Müller",
        "Rossi",
        "Kim",
        "Nguyen",
        "Haddad",
        "Larsen",
        "Dubois",
        "Tanaka",
        "Silva",
        "Novak",
        "Khan",
        "Berg",
        "O’Brien",
        "Costa",
        "Petrova",
        "Adeyemi",
        "Walsh",
        "Cohen",
        "Santos",
        "Fischer",
        "Rao",
        "Murphy",
        "Jensen",
        "Kowalski",
        "Ibrahim",
        "Lopez"
    };
    private static final String[] TITLES = {
        "Head of Logistics",
        "Finance Manager",
        "Engineering Manager",
        "Regional Sales Lead",
        "Product Manager",
        "Operations Manager",
        "Customer Success Lead",
        "Head of Data",
        "Plant Manager",
        "HR Business Partner"
    };
    private static final String[] LEADER_TITLES = {
        "Chief Operating Officer",
        "Chief Financial Officer",
        "VP Engineering",
        "VP Sales",
        "VP People",
        "Director of Product",
        "Director of Operations",
        "Director of Customer Success"
    };
    private static final String[] GOALS = {
        "Delegate decisions to my direct reports",
        "Run shorter, decisive meetings",
        "Build trust with the new leadership team",
        "Give specific feedback every week",
        "Present the strategy with confidence",
        "Protect time for strategic work",
        "Sleep seven hours a night",
        "Finish the EMBA capstone",
        "Coach my managers instead of fixing their problems",
        "Build relationships across the regions"
    };
    private static final String[] MEASURES = {
        "Direct reports decide without escalating",
        "Meeting time down by a third",
        "Team survey trust score above 4",
        "Feedback logged weekly",
        "Board presentation without notes",
        "Two strategic half-days a month",
        "Average sleep tracked",
        "Capstone submitted",
        "Managers bring solutions",
        "Monthly calls with every region"
    };
    private static final String[] STEPS = {
        "Ask for one piece of feedback after the team meeting",
        "Hand the budget review to Sam",
        "Block two hours for strategy on Thursday",
        "Prepare three questions for the board",
        "Write down what I delegated this week",
        "Have coffee with the sales director",
        "Practise the opening of the talk",
        "Decline one meeting without an agenda",
        "Ask my leader what success looks like",
        "Note one thing I did differently"
    };
    private static final String[] NOTES = {
        "Did it on Tuesday; it went better than expected.",
        "Harder than I thought, tried twice.",
        "Postponed: the meeting moved.",
        "Done. The team took it well.",
        "Started, will finish next week.",
        "Asked for feedback: clear and useful.",
        "Not yet, I ran out of time."
    };
    private static final String[] COMPETENCIES = {
        "Strategic thinking", "Communication", "Developing others", "Collaboration and influence", "Results"
    };
    private static final String[] METRIC_UNITS = {"points", "hours a week", "%", "meetings", "score"};

    private final DataSource dataSource;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    OrganisationGenerator(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock) {
        this.dataSource = dataSource;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** What was generated: rows per table, how long it took, and who the benchmark can sign in as. */
    public record Result(Map<String, Long> rows, Duration took, Feeders feeders) {}

    /** People and the records their pages are about, for the load benchmark's feeders. */
    public record Feeders(List<String> clients, List<String> coaches, List<String> leaders, List<String> hr) {
        public static final String CLIENT_HEADER = "email,engagement,goal,step,session";
        public static final String COACH_HEADER = "email,engagement,feed";
        public static final String LEADER_HEADER = "email,engagement";
        public static final String HR_HEADER = "email,programme";
    }

    public Result generate(GeneratorSize size, String domain, long seed, Consumer<String> progress) {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set local synchronous_commit = off");
                }
                progress.accept(
                        line(
                                started,
                                skipForeignKeyChecks(connection)
                                        ? "foreign keys not re-checked row by row (superuser: session_replication_role = replica)"
                                        : "foreign keys checked row by row (connect as a superuser to skip that and go faster)"));
                Run run = new Run(connection, size, domain, new SplittableRandom(seed), progress, started);
                run.generate();
                connection.commit();
                progress.accept(line(started, "committed"));
                try (Statement statement = connection.createStatement()) {
                    connection.setAutoCommit(true);
                    statement.execute("vacuum analyze");
                }
                progress.accept(line(started, "vacuumed and analyzed"));
                return new Result(run.tables.counts(), Duration.ofNanos(System.nanoTime() - started), run.feeders);
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Generating the organisation failed: " + e.getMessage(), e);
        }
    }

    /**
     * As a superuser, the rows (consistent by construction) skip the per-row foreign key triggers, which is most of
     * the time COPY takes; otherwise they are checked as usual (the test suite's generation runs that way).
     */
    private static boolean skipForeignKeyChecks(Connection connection) throws SQLException {
        var savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException notAllowed) {
            connection.rollback(savepoint);
            return false;
        }
    }

    private static String line(long started, String what) {
        return String.format(Locale.ROOT, "[%6.1f s] %s", (System.nanoTime() - started) / 1e9, what);
    }

    /** One generation: its ids, its random numbers, its tables. */
    private final class Run {
        final Connection connection;
        final GeneratorSize size;
        final String domain;
        final SplittableRandom random;
        final Consumer<String> progress;
        final long started;
        final CopyTables tables;
        final Map<String, Long> lastIds = new HashMap<>();
        final Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        final Feeders feeders = new Feeders(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        final Map<Long, Long> coachEngagement = new java.util.LinkedHashMap<>();
        final Map<Long, Long> leaderEngagement = new java.util.LinkedHashMap<>();
        List<Question[]> questionSets = new ArrayList<>();
        List<String> questionSetNames = new ArrayList<>();

        final Table users,
                roles,
                coachProfiles,
                programmes,
                engagements,
                coachAssignments,
                phaseChanges,
                intakes,
                meetings,
                agendaItems,
                meetingLeaderInputs,
                outcomes,
                confirmations,
                reportingAgreements,
                goals,
                goalCheckIns,
                goalLeaderInputs,
                sessions,
                privateNotes,
                hours,
                steps,
                stepNotes,
                assessments,
                scores,
                requests,
                requestQuestions,
                raters,
                answers,
                accessLog,
                reports,
                leaderFeedback,
                reflections,
                checkIns,
                surveys,
                surveyAnswers,
                coachability,
                referrals,
                impactMeasures,
                coachChanges,
                notifications,
                audit;
        long[] hrIds, coachIds, leaderIds, clientIds, programmeIds;
        String[] programmeTimings, programmeTypes;

        Run(
                Connection connection,
                GeneratorSize size,
                String domain,
                SplittableRandom random,
                Consumer<String> progress,
                long started)
                throws SQLException {
            this.connection = connection;
            this.size = size;
            this.domain = domain;
            this.random = random;
            this.progress = progress;
            this.started = started;
            this.tables = new CopyTables(connection);
            users = tables.table(
                    "app_user",
                    "id",
                    "email",
                    "full_name",
                    "title",
                    "password_hash",
                    "active",
                    "must_change_password",
                    "created_at");
            roles = tables.table("user_role", "user_id", "role");
            coachProfiles = tables.table("coach_profile", "user_id", "specialities", "languages", "capacity");
            programmes = tables.table(
                    "programme",
                    "id",
                    "name",
                    "purpose",
                    "timing",
                    "default_coaching_type",
                    "default_contracted_hours",
                    "starts_on",
                    "ends_on",
                    "created_at",
                    "check_in_every_sessions",
                    "mandated");
            engagements = tables.table(
                    "engagement",
                    "id",
                    "client_id",
                    "leader_id",
                    "coach_id",
                    "programme_id",
                    "coaching_type",
                    "timing",
                    "phase",
                    "focus",
                    "contracted_hours",
                    "starts_on",
                    "planned_end_on",
                    "created_at");
            coachAssignments = tables.table(
                    "coach_assignment",
                    "id",
                    "engagement_id",
                    "coach_id",
                    "assigned_by_id",
                    "assigned_at",
                    "ended_at",
                    "reason",
                    "over_capacity");
            phaseChanges = tables.table(
                    "phase_change",
                    "id",
                    "engagement_id",
                    "from_phase",
                    "to_phase",
                    "closure",
                    "reason",
                    "moved_by_id",
                    "moved_by_role",
                    "moved_at");
            intakes = tables.table(
                    "intake_interview",
                    "engagement_id",
                    "what_prompted",
                    "sponsor_reasons",
                    "client_background",
                    "written_by_id",
                    "updated_at");
            meetings = tables.table(
                    "alignment_meeting",
                    "id",
                    "engagement_id",
                    "kind",
                    "starts_at",
                    "minutes",
                    "location",
                    "status",
                    "client_objectives",
                    "objectives_updated_at",
                    "calendar_uid",
                    "calendar_sequence",
                    "scheduled_by_id",
                    "created_at",
                    "held_at");
            agendaItems = tables.table(
                    "alignment_agenda_item",
                    "id",
                    "meeting_id",
                    "engagement_id",
                    "topic",
                    "position",
                    "covered",
                    "notes",
                    "updated_by_id",
                    "updated_at");
            meetingLeaderInputs = tables.table(
                    "alignment_leader_input",
                    "id",
                    "meeting_id",
                    "engagement_id",
                    "topic",
                    "question",
                    "text",
                    "leader_id",
                    "recorded_by_id",
                    "recorded_at");
            outcomes = tables.table(
                    "alignment_outcome",
                    "id",
                    "meeting_id",
                    "engagement_id",
                    "number",
                    "agreed_goals",
                    "agreed_measures",
                    "report_cadence",
                    "written_by_id",
                    "written_at");
            confirmations = tables.table(
                    "alignment_confirmation",
                    "id",
                    "outcome_id",
                    "participation",
                    "user_id",
                    "user_name",
                    "confirmed_at");
            reportingAgreements =
                    tables.table("reporting_agreement", "engagement_id", "cadence", "agreed_on", "outcome_id");
            goals = tables.table(
                    "goal",
                    "id",
                    "engagement_id",
                    "statement",
                    "success_measure",
                    "category",
                    "metric_unit",
                    "metric_baseline",
                    "metric_target",
                    "status",
                    "visibility",
                    "created_by_id",
                    "created_at",
                    "updated_at");
            goalCheckIns = tables.table(
                    "goal_check_in",
                    "id",
                    "engagement_id",
                    "goal_id",
                    "measured_on",
                    "value",
                    "comment",
                    "recorded_by_id",
                    "recorded_at");
            goalLeaderInputs = tables.table(
                    "goal_leader_input",
                    "id",
                    "engagement_id",
                    "goal_id",
                    "author_id",
                    "text",
                    "created_at",
                    "recorded_by_id");
            sessions = tables.table(
                    "coaching_session",
                    "id",
                    "engagement_id",
                    "starts_at",
                    "minutes",
                    "format",
                    "location",
                    "status",
                    "agenda",
                    "agenda_updated_at",
                    "summary",
                    "summary_updated_at",
                    "outcome_by_id",
                    "outcome_by_role",
                    "outcome_at",
                    "outcome_note",
                    "rescheduled_to_id",
                    "calendar_uid",
                    "calendar_sequence",
                    "scheduled_by_id",
                    "created_at");
            privateNotes = tables.table("session_private_note", "session_id", "author_id", "text", "updated_at");
            hours = tables.table(
                    "hours_entry",
                    "id",
                    "engagement_id",
                    "kind",
                    "hours",
                    "note",
                    "recorded_by_id",
                    "recorded_at",
                    "session_id");
            steps = tables.table(
                    "action_step",
                    "id",
                    "engagement_id",
                    "goal_id",
                    "session_id",
                    "owner_id",
                    "description",
                    "due_on",
                    "status",
                    "completed_at",
                    "created_by_id",
                    "created_at");
            stepNotes = tables.table(
                    "action_step_note", "id", "engagement_id", "step_id", "author_id", "text", "created_at");
            assessments = tables.table(
                    "assessment",
                    "id",
                    "engagement_id",
                    "kind",
                    "title",
                    "assessed_on",
                    "summary",
                    "strengths",
                    "development_areas",
                    "sharing",
                    "shared_at",
                    "created_by_id",
                    "created_at",
                    "updated_at");
            scores = tables.table(
                    "assessment_score",
                    "id",
                    "engagement_id",
                    "assessment_id",
                    "position",
                    "competency",
                    "score",
                    "scale");
            requests = tables.table(
                    "feedback_request",
                    "id",
                    "engagement_id",
                    "assessment_id",
                    "question_set_name",
                    "closes_at",
                    "closed_at",
                    "closed_by_id",
                    "created_by_id",
                    "created_at");
            requestQuestions = tables.table(
                    "feedback_request_question", "id", "request_id", "position", "kind", "competency", "text");
            raters = tables.table(
                    "feedback_rater", "id", "request_id", "name", "email", "rater_group", "invited_at", "submitted_at");
            answers = tables.table("feedback_answer", "rater_id", "question_id", "request_id", "rating", "text");
            accessLog = tables.table(
                    "assessment_access",
                    "id",
                    "engagement_id",
                    "assessment_id",
                    "reader_id",
                    "reader_role",
                    "what",
                    "read_at");
            reports = tables.table(
                    "progress_report",
                    "id",
                    "engagement_id",
                    "author_id",
                    "committed",
                    "done",
                    "observed",
                    "next_steps",
                    "status",
                    "created_at",
                    "updated_at",
                    "sent_at",
                    "read_at");
            leaderFeedback = tables.table(
                    "leader_feedback", "id", "engagement_id", "author_id", "goal_id", "text", "created_at");
            reflections = tables.table(
                    "weekly_reflection",
                    "id",
                    "engagement_id",
                    "week_of",
                    "action_plan_review",
                    "goals_and_progress",
                    "next_session_agenda",
                    "shared_with_coach",
                    "created_at",
                    "updated_at");
            checkIns = tables.table(
                    "partnership_check_in",
                    "id",
                    "engagement_id",
                    "after_sessions",
                    "coach_id",
                    "due_at",
                    "superseded_at",
                    "answered_at",
                    "fit",
                    "what_should_change");
            surveys = tables.table(
                    "close_out_survey",
                    "id",
                    "engagement_id",
                    "respondent_id",
                    "respondent_role",
                    "coach_id",
                    "sent_at");
            surveyAnswers = tables.table(
                    "close_out_answer",
                    "id",
                    "survey_id",
                    "engagement_id",
                    "satisfaction",
                    "goals_achieved",
                    "behaviour_change",
                    "would_recommend",
                    "comments",
                    "answered_at");
            coachability = tables.table(
                    "coachability_rating", "id", "engagement_id", "coach_id", "rating", "note", "recorded_at");
            referrals =
                    tables.table("referral", "id", "engagement_id", "kind", "note", "recorded_by_id", "recorded_at");
            impactMeasures = tables.table(
                    "impact_measure",
                    "id",
                    "engagement_id",
                    "name",
                    "unit",
                    "before_value",
                    "after_value",
                    "recorded_by_id",
                    "created_at",
                    "updated_at");
            coachChanges = tables.table(
                    "coach_change_request",
                    "id",
                    "engagement_id",
                    "requested_by_id",
                    "coach_id",
                    "reason",
                    "requested_at");
            notifications =
                    tables.table("app_notification", "id", "user_id", "kind", "text", "link", "created_at", "read_at");
            audit = tables.table("audit_entry", "at", "kind", "actor_email", "subject", "details", "address");
        }

        long id(String table) {
            return lastIds.merge(table, 1L, Long::sum);
        }

        void generate() throws SQLException {
            readStart();
            progress.accept(line(
                    started,
                    "generating the '" + size.name() + "' organisation into "
                            + connection.getMetaData().getURL() + " (people @" + domain + ", password '" + PASSWORD
                            + "')"));
            people();
            programmes();
            tables.flush();
            progress.accept(line(
                    started,
                    String.format(
                            Locale.ROOT,
                            "people and programmes: %,d people, %,d programmes",
                            tables.counts().get("app_user"),
                            tables.counts().get("programme"))));
            engagements();
            tables.flush();
            resetSequences();
            calendars();
            Map<String, Long> counts = tables.counts();
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            progress.accept(
                    line(started, String.format(Locale.ROOT, "%,d rows written in %d tables", total, counts.size())));
        }

        void readStart() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of(
                        "app_user",
                        "programme",
                        "engagement",
                        "coach_assignment",
                        "phase_change",
                        "alignment_meeting",
                        "alignment_agenda_item",
                        "alignment_leader_input",
                        "alignment_outcome",
                        "alignment_confirmation",
                        "goal",
                        "goal_check_in",
                        "goal_leader_input",
                        "coaching_session",
                        "hours_entry",
                        "action_step",
                        "action_step_note",
                        "assessment",
                        "assessment_score",
                        "feedback_request",
                        "feedback_request_question",
                        "feedback_rater",
                        "assessment_access",
                        "progress_report",
                        "leader_feedback",
                        "weekly_reflection",
                        "partnership_check_in",
                        "close_out_survey",
                        "close_out_answer",
                        "coachability_rating",
                        "referral",
                        "impact_measure",
                        "coach_change_request",
                        "app_notification")) {
                    try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
                        rs.next();
                        lastIds.put(table, rs.getLong(1));
                    }
                }
                try (ResultSet rs = statement.executeQuery("select count(*) from app_user where lower(email) like '%@"
                        + domain.toLowerCase(Locale.ROOT).replace("'", "''") + "'")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new IllegalStateException("This database already has people @" + domain
                                + ": generate into an empty database (or another domain)");
                    }
                }
                try (ResultSet rs = statement.executeQuery("""
                        select s.name, i.position, i.kind, i.competency, i.text
                        from feedback_question_set s join feedback_question_set_item i on i.set_id = s.id
                        where s.offered order by s.id, i.position""")) {
                    Map<String, List<Question>> sets = new java.util.LinkedHashMap<>();
                    while (rs.next()) {
                        sets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                                .add(new Question(rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                    sets.forEach((name, questions) -> {
                        questionSetNames.add(name);
                        questionSets.add(questions.toArray(Question[]::new));
                    });
                }
            }
        }

        void resetSequences() throws SQLException {
            try (Statement statement = connection.createStatement()) {
                for (String table : lastIds.keySet()) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "(select greatest(coalesce(max(id), 0), 1) from " + table + "))");
                }
            }
        }

        // Calendars ------------------------------------------------------------------------------------------

        /**
         * The coaching calendar of the generated organisation, in SQL after the rows are in: every programme lets its
         * clients book, every coach takes sessions Monday to Friday 09:00-17:00 (in their zone, the
         * organisation's) with a day's notice, a quarter-hour buffer and at most six a day, and the scheduled sessions
         * and meetings still to come hold their booked times (as migration V38 does for a real database).
         */
        void calendars() throws SQLException {
            java.sql.Array coaches = connection.createArrayOf(
                    "bigint", java.util.Arrays.stream(coachIds).boxed().toArray());
            java.sql.Array programmes = connection.createArrayOf(
                    "bigint", java.util.Arrays.stream(programmeIds).boxed().toArray());
            try (java.sql.PreparedStatement booking = connection.prepareStatement(
                            "update programme set clients_book_sessions = true where id = any(?)");
                    java.sql.PreparedStatement availability = connection.prepareStatement("""
                            insert into coach_availability (coach_id, notice_hours, buffer_minutes, max_per_day, updated_at)
                            select id, 24, 15, 6, now() from unnest(?::bigint[]) id""");
                    java.sql.PreparedStatement hours = connection.prepareStatement("""
                            insert into availability_hours (coach_id, day_of_week, starts, ends)
                            select id, day, time '09:00', time '17:00'
                            from unnest(?::bigint[]) id cross join generate_series(1, 5) day""");
                    java.sql.PreparedStatement booked = connection.prepareStatement("""
                            insert into booked_time (item_kind, item_id, engagement_id, coach_id, client_id, during)
                            select kind, id, engagement_id, coach_id, client_id, during
                            from (select 'SESSION' as kind, s.id, s.engagement_id, e.coach_id, e.client_id,
                                         tstzrange(s.starts_at, s.starts_at + make_interval(mins => s.minutes)) as during
                                  from coaching_session s join engagement e on e.id = s.engagement_id
                                  where s.status = 'SCHEDULED' and e.coach_id = any(?) and s.starts_at > now()
                                  union all
                                  select 'MEETING', m.id, m.engagement_id, e.coach_id, e.client_id,
                                         tstzrange(m.starts_at, m.starts_at + make_interval(mins => m.minutes))
                                  from alignment_meeting m join engagement e on e.id = m.engagement_id
                                  where m.status = 'SCHEDULED' and e.coach_id = any(?) and m.starts_at > now()) items
                            on conflict do nothing""")) {
                booking.setArray(1, programmes);
                booking.executeUpdate();
                availability.setArray(1, coaches);
                availability.executeUpdate();
                hours.setArray(1, coaches);
                hours.executeUpdate();
                booked.setArray(1, coaches);
                booked.setArray(2, coaches);
                int held = booked.executeUpdate();
                progress.accept(line(
                        started,
                        String.format(
                                Locale.ROOT,
                                "calendars: every coach's weekday hours, %,d booked times of what is to come",
                                held)));
            }
            feeds();
        }

        /**
         * A calendar feed for each coach in the coaches' feeder, its address token as the feeder's third column (the
         * database keeps the token's SHA-256, as Triad does).
         */
        void feeds() throws SQLException {
            List<String> rows = feeders.coaches();
            List<Long> coaches = new ArrayList<>(coachEngagement.keySet());
            try (java.sql.PreparedStatement feed = connection.prepareStatement(
                    "insert into calendar_feed (user_id, token_hash, created_at) values (?, ?, now())")) {
                for (int i = 0; i < rows.size() && i < coaches.size(); i++) {
                    byte[] bytes = new byte[32];
                    random.nextBytes(bytes);
                    String token =
                            java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    feed.setLong(1, coaches.get(i));
                    feed.setString(2, sha256(token));
                    feed.addBatch();
                    rows.set(i, rows.get(i) + "," + token);
                }
                feed.executeBatch();
            }
        }

        private static String sha256(String token) {
            try {
                return java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }

        // People ---------------------------------------------------------------------------------------------

        void people() {
            String hash = passwordEncoder.encode(PASSWORD);
            hrIds = new long[size.hrAdmins()];
            for (int i = 0; i < hrIds.length; i++) {
                hrIds[i] = person("hr" + (i + 1), "HR Business Partner", hash, "HR_ADMIN");
            }
            coachIds = new long[size.coaches()];
            int perCoach = Math.max(1, (size.engagements() + size.coaches() - 1) / size.coaches());
            for (int i = 0; i < coachIds.length; i++) {
                coachIds[i] = person(
                        "coach" + (i + 1),
                        pick(new String[] {"Executive coach", "Leadership coach", "Performance coach"}),
                        hash,
                        "COACH");
                coachProfiles.row(
                        coachIds[i],
                        pick(new String[] {
                            "leadership presence, strategic thinking",
                            "change leadership, delegation",
                            "new leader transition, communication",
                            "well-being, time management"
                        }),
                        pick(new String[] {"English", "English, French", "English, German", "English, Spanish"}),
                        Math.min(200, perCoach + 2 + random.nextInt(10)));
            }
            leaderIds = new long[size.leaders()];
            for (int i = 0; i < leaderIds.length; i++) {
                leaderIds[i] = person("leader" + (i + 1), pick(LEADER_TITLES), hash, "LEADER");
            }
            clientIds = new long[size.clients()];
            for (int i = 0; i < clientIds.length; i++) {
                clientIds[i] = person("client" + (i + 1), pick(TITLES), hash, "CLIENT");
                tables.maybeFlush();
            }
        }

        String nameOf(long userId) {
            return FIRST[(int) (userId % FIRST.length)] + " " + LAST[(int) (userId / FIRST.length % LAST.length)];
        }

        String email(String local) {
            return local + "@" + domain;
        }

        long person(String local, String title, String hash, String role) {
            long id = id("app_user");
            String name = nameOf(id);
            users.row(
                    id,
                    email(local),
                    name,
                    title,
                    hash,
                    true,
                    false,
                    now.minus(400 + random.nextInt(300), ChronoUnit.DAYS));
            roles.row(id, role);
            if (random.nextInt(20) == 0) {
                notifications.row(
                        id("app_notification"),
                        id,
                        "PASSWORD_CHANGED",
                        "Your password was changed",
                        "/account/password",
                        now.minus(random.nextInt(60), ChronoUnit.DAYS),
                        now);
            }
            int sign = random.nextInt(4);
            for (int s = 0; s < sign; s++) {
                audit.row(
                        now.minus(random.nextInt(90 * 24 * 60), ChronoUnit.MINUTES),
                        "SIGN_IN",
                        email(local),
                        email(local),
                        null,
                        "10.0." + random.nextInt(256) + "." + random.nextInt(256));
            }
            return id;
        }

        void programmes() {
            String suffix = DOMAIN.equals(domain) ? "" : " (" + domain + ")";
            programmeIds = new long[size.programmes()];
            programmeTimings = new String[size.programmes()];
            programmeTypes = new String[size.programmes()];
            for (int i = 0; i < programmeIds.length; i++) {
                long id = id("programme");
                programmeIds[i] = id;
                programmeTimings[i] = TIMINGS[i % TIMINGS.length];
                programmeTypes[i] = TYPES[(i / TIMINGS.length + i) % TYPES.length];
                String name = PROGRAMME_NAMES[i % PROGRAMME_NAMES.length] + " " + (i / PROGRAMME_NAMES.length + 2024)
                        + suffix;
                LocalDate starts = today.minusDays(720);
                programmes.row(
                        id,
                        name,
                        "Coaching for " + name.toLowerCase(Locale.ROOT),
                        programmeTimings[i],
                        programmeTypes[i],
                        new BigDecimal(12 + 6 * (i % 3)),
                        starts,
                        null,
                        starts.atStartOfDay().toInstant(ZoneOffset.UTC),
                        3,
                        programmeTimings[i].equals("AFTER_THE_FACT") ? (Boolean) (i % 2 == 0) : null);
            }
        }

        // Engagements ----------------------------------------------------------------------------------------

        /** An engagement's plan: its people, its phase and the days (from its start) it entered each phase. */
        final class Plan {
            long id, client, leader, coach;
            int programme, phase;
            String type;
            LocalDate startsOn;
            int[] phaseDay = new int[6];
            int goals, steps, sessions, assessments, heldSessions;
            long[] heldSessionIds = new long[0];
            boolean completed;

            Instant at(int day) {
                return startsOn.plusDays(day)
                        .atTime(9 + random.nextInt(8), random.nextInt(4) * 15)
                        .toInstant(ZoneOffset.UTC);
            }

            Instant atClamped(int day) {
                Instant at = at(day);
                return at.isAfter(now) ? now.minus(1 + random.nextInt(600), ChronoUnit.MINUTES) : at;
            }

            int daysSoFar() {
                return (int) ChronoUnit.DAYS.between(startsOn, today);
            }
        }

        void engagements() {
            int n = size.engagements();
            Plan[] plans = new Plan[n];
            double[] goalWeight = new double[n],
                    stepWeight = new double[n],
                    sessionWeight = new double[n],
                    assessmentWeight = new double[n];
            for (int e = 0; e < n; e++) {
                Plan p = new Plan();
                p.id = id("engagement");
                p.client = clientIds[e % clientIds.length];
                p.leader = leaderIds[random.nextInt(leaderIds.length)];
                p.phase = phase();
                p.coach = p.phase == INTAKE && random.nextInt(3) == 0 ? 0 : coachIds[random.nextInt(coachIds.length)];
                p.programme = random.nextInt(programmeIds.length);
                p.type = random.nextInt(5) == 0 ? pick(TYPES) : programmeTypes[p.programme];
                p.phaseDay[ASSESSMENT] = 5 + random.nextInt(10);
                p.phaseDay[ALIGNMENT] = p.phaseDay[ASSESSMENT] + 14 + random.nextInt(14);
                p.phaseDay[COACHING] = p.phaseDay[ALIGNMENT] + 14 + random.nextInt(14);
                p.phaseDay[SUSTAINMENT] = p.phaseDay[COACHING] + 120 + random.nextInt(60);
                p.phaseDay[CLOSED] = p.phaseDay[SUSTAINMENT] + 45 + random.nextInt(45);
                int inPhase =
                        p.phase == CLOSED ? 30 + random.nextInt(400) : p.phaseDay[p.phase + 1] - p.phaseDay[p.phase];
                int age = p.phaseDay[p.phase] + random.nextInt(Math.max(1, inPhase));
                p.startsOn = today.minusDays(age);
                p.completed = p.phase == CLOSED && random.nextInt(100) < 85;
                double jitter = 0.5 + random.nextDouble();
                goalWeight[e] = jitter
                        * switch (p.phase) {
                            case ALIGNMENT -> 0.6;
                            case COACHING -> 1.0;
                            case SUSTAINMENT, CLOSED -> 1.1;
                            default -> 0;
                        };
                stepWeight[e] = jitter
                        * switch (p.phase) {
                            case COACHING -> 1.0;
                            case SUSTAINMENT, CLOSED -> 1.3;
                            default -> 0;
                        };
                sessionWeight[e] = (0.7 + 0.6 * random.nextDouble())
                        * switch (p.phase) {
                            case COACHING -> 0.8;
                            case SUSTAINMENT -> 1.2;
                            case CLOSED -> 1.3;
                            default -> 0;
                        };
                assessmentWeight[e] = (0.5 + random.nextDouble())
                        * switch (p.phase) {
                            case INTAKE -> 0;
                            case ASSESSMENT -> 0.7;
                            default -> 1.0;
                        };
                plans[e] = p;
            }
            int[] goalCounts = spread(size.goals(), goalWeight),
                    stepCounts = spread(size.actionSteps(), stepWeight),
                    sessionCounts = spread(size.sessions(), sessionWeight),
                    assessmentCounts = spread(size.assessments(), assessmentWeight);
            int lastShown = -1;
            for (int e = 0; e < n; e++) {
                Plan p = plans[e];
                p.goals = goalCounts[e];
                p.steps = stepCounts[e];
                p.sessions = sessionCounts[e];
                p.assessments = assessmentCounts[e];
                engagement(p);
                tables.maybeFlush();
                int percent = (int) ((e + 1) * 100L / n);
                if (percent / 10 != lastShown / 10 || e == n - 1) {
                    lastShown = percent;
                    tables.flush();
                    Map<String, Long> c = tables.counts();
                    progress.accept(line(
                            started,
                            String.format(
                                    Locale.ROOT,
                                    "engagements %3d%% (%,d of %,d): %,d goals, %,d action steps, %,d notes, %,d sessions, %,d assessments",
                                    percent,
                                    e + 1,
                                    n,
                                    c.get("goal"),
                                    c.get("action_step"),
                                    c.get("action_step_note"),
                                    c.get("coaching_session"),
                                    c.get("assessment"))));
                }
            }
            coachEngagement.forEach(
                    (coach, engagement) -> feeders.coaches().add(emailOf(coach, coachIds, "coach") + "," + engagement));
            leaderEngagement.forEach((leader, engagement) ->
                    feeders.leaders().add(emailOf(leader, leaderIds, "leader") + "," + engagement));
            for (int i = 0; i < hrIds.length; i++) {
                feeders.hr().add(email("hr" + (i + 1)) + "," + programmeIds[i % programmeIds.length]);
            }
        }

        int phase() {
            int roll = random.nextInt(1000);
            for (int i = 0; i < PHASE_SHARE.length; i++) {
                roll -= PHASE_SHARE[i];
                if (roll < 0) {
                    return i;
                }
            }
            return COACHING;
        }

        /** {@code total} items over the weights, exactly: item counts by cumulative rounding. */
        int[] spread(int total, double[] weights) {
            double sum = 0;
            for (double w : weights) {
                sum += w;
            }
            int[] counts = new int[weights.length];
            if (sum == 0) {
                return counts;
            }
            double cumulative = 0;
            long before = 0;
            for (int i = 0; i < weights.length; i++) {
                cumulative += weights[i];
                long upTo = Math.round(cumulative / sum * total);
                counts[i] = (int) (upTo - before);
                before = upTo;
            }
            return counts;
        }

        void engagement(Plan p) {
            String timing = programmeTimings[p.programme];
            BigDecimal contracted = new BigDecimal(Math.max(12, (int) Math.ceil(p.sessions * 1.2)));
            int plannedMonths = 6 + 3 * random.nextInt(3);
            LocalDate plannedEnd = p.startsOn.plusMonths(plannedMonths);
            engagements.row(
                    p.id,
                    p.client,
                    p.leader,
                    p.coach == 0 ? null : p.coach,
                    programmeIds[p.programme],
                    p.type,
                    timing,
                    PHASES[p.phase],
                    random.nextInt(3) == 0 ? null : "Focus: " + pick(GOALS).toLowerCase(Locale.ROOT),
                    contracted,
                    p.startsOn,
                    plannedEnd,
                    p.at(-3 - random.nextInt(10)));
            long hr = hrIds[random.nextInt(hrIds.length)];
            if (p.coach != 0) {
                if (random.nextInt(25) == 0 && coachIds.length > 1) {
                    long first = coachIds[random.nextInt(coachIds.length)];
                    if (first == p.coach) {
                        first = coachIds[(int) ((first - coachIds[0] + 1) % coachIds.length)];
                    }
                    Instant change = p.atClamped(Math.max(1, p.daysSoFar() / 2));
                    coachAssignments.row(id("coach_assignment"), p.id, first, hr, p.at(0), change, null, false);
                    coachAssignments.row(
                            id("coach_assignment"),
                            p.id,
                            p.coach,
                            hr,
                            change,
                            null,
                            "A better fit for the client’s goals",
                            false);
                } else {
                    coachAssignments.row(id("coach_assignment"), p.id, p.coach, hr, p.at(0), null, null, false);
                }
            }
            for (int ph = ASSESSMENT; ph <= p.phase; ph++) {
                boolean closing = ph == CLOSED;
                phaseChanges.row(
                        id("phase_change"),
                        p.id,
                        PHASES[ph - 1],
                        PHASES[ph],
                        closing ? (p.completed ? "COMPLETED" : "TERMINATED") : null,
                        closing && !p.completed ? "The client left the organisation" : null,
                        p.coach,
                        "COACH",
                        p.atClamped(p.phaseDay[ph]));
            }
            if (p.phase > INTAKE || (p.coach != 0 && random.nextBoolean())) {
                intakes.row(
                        p.id,
                        "A new role with a larger team",
                        "Grow as a leader of leaders",
                        "Ten years in operations",
                        p.coach == 0 ? hr : p.coach,
                        p.atClamped(p.phaseDay[ASSESSMENT] - 1));
            }
            assessments(p);
            long initialOutcome = alignment(p);
            long[] goalIds = goals(p);
            long[] sessionIds = sessions(p, contracted);
            steps(p, goalIds, sessionIds);
            evaluation(p, initialOutcome, goalIds, timing);
            boolean active = p.phase == COACHING || p.phase == SUSTAINMENT;
            if (active && p.goals > 0 && p.steps > 0 && sessionIds.length > 0) {
                long step = lastIds.get("action_step") - random.nextInt(p.steps);
                long session = sessionIds[random.nextInt(sessionIds.length)];
                feeders.clients()
                        .add(emailOf(p.client, clientIds, "client") + "," + p.id + ","
                                + goalIds[random.nextInt(goalIds.length)] + "," + step + "," + session);
            }
            if (active && p.coach != 0) {
                coachEngagement.putIfAbsent(p.coach, p.id);
            }
            if (p.phase >= ALIGNMENT) {
                leaderEngagement.putIfAbsent(p.leader, p.id);
            }
        }

        String emailOf(long userId, long[] ids, String local) {
            return email(local + (userId - ids[0] + 1));
        }

        // Assessments and 360s ------------------------------------------------------------------------------

        void assessments(Plan p) {
            for (int a = 0; a < p.assessments; a++) {
                long id = id("assessment");
                int roll = random.nextInt(100);
                String kind = roll < 25
                        ? "REVIEW_360"
                        : roll < 50
                                ? "PSYCHOMETRIC"
                                : roll < 70
                                        ? "SELF_ASSESSMENT"
                                        : roll < 85 ? "STAKEHOLDER_INTERVIEWS" : "EMPLOYEE_SATISFACTION";
                int day = p.phaseDay[ASSESSMENT] + random.nextInt(10);
                Instant created = p.atClamped(day);
                LocalDate assessedOn = LocalDate.ofInstant(created, ZoneOffset.UTC);
                boolean open360 = kind.equals("REVIEW_360") && p.phase == ASSESSMENT && random.nextBoolean();
                int share = open360 ? 0 : random.nextInt(100);
                String sharing = share < 45 ? "NONE" : share < 75 ? "SUMMARY" : "WHOLE";
                Instant sharedAt = sharing.equals("NONE")
                        ? null
                        : created.plus(2, ChronoUnit.DAYS).isAfter(now) ? now : created.plus(2, ChronoUnit.DAYS);
                String title = switch (kind) {
                    case "REVIEW_360" -> "Leadership 360";
                    case "PSYCHOMETRIC" -> "Hogan leadership profile";
                    case "SELF_ASSESSMENT" -> "Self-assessment";
                    case "STAKEHOLDER_INTERVIEWS" -> "Stakeholder interviews";
                    default -> "Team engagement survey";
                };
                assessments.row(
                        id,
                        p.id,
                        kind,
                        title,
                        assessedOn,
                        "Clear strengths in delivery; room to grow in delegation.",
                        "Drive, clarity, loyalty of the team",
                        "Delegation, listening before deciding",
                        sharing,
                        sharedAt,
                        p.client,
                        created,
                        created);
                if (!kind.equals("REVIEW_360") && !kind.equals("STAKEHOLDER_INTERVIEWS")) {
                    for (int c = 0; c < COMPETENCIES.length; c++) {
                        scores.row(
                                id("assessment_score"),
                                p.id,
                                id,
                                c,
                                COMPETENCIES[c],
                                BigDecimal.valueOf(20 + random.nextInt(31), 1),
                                new BigDecimal(5));
                    }
                }
                if (kind.equals("REVIEW_360") && !questionSets.isEmpty()) {
                    feedback(p, id, created, open360);
                }
                if (p.coach != 0) {
                    accessLog.row(
                            id("assessment_access"),
                            p.id,
                            id,
                            p.coach,
                            "COACH",
                            "ASSESSMENT",
                            created.plus(1, ChronoUnit.DAYS).isAfter(now) ? now : created.plus(1, ChronoUnit.DAYS));
                }
                if (sharedAt != null && random.nextBoolean()) {
                    accessLog.row(id("assessment_access"), p.id, id, p.leader, "LEADER", "ASSESSMENT", sharedAt);
                }
            }
        }

        void feedback(Plan p, long assessmentId, Instant created, boolean open) {
            int set = random.nextInt(questionSets.size());
            Question[] questions = questionSets.get(set);
            long request = id("feedback_request");
            Instant closes =
                    open ? now.plus(3 + random.nextInt(10), ChronoUnit.DAYS) : created.plus(14, ChronoUnit.DAYS);
            Instant closed = open ? null : closes.isAfter(now) ? now : closes;
            requests.row(
                    request,
                    p.id,
                    assessmentId,
                    questionSetNames.get(set),
                    closes,
                    closed,
                    closed == null ? null : p.client,
                    p.coach == 0 ? p.client : p.coach,
                    created);
            long[] questionIds = new long[questions.length];
            for (int q = 0; q < questions.length; q++) {
                questionIds[q] = id("feedback_request_question");
                requestQuestions.row(
                        questionIds[q],
                        request,
                        questions[q].position,
                        questions[q].kind,
                        questions[q].competency,
                        questions[q].text);
            }
            String[] groups = {
                "SELF", "LEADER", "PEER", "PEER", "PEER", "DIRECT_REPORT", "DIRECT_REPORT", "DIRECT_REPORT", "CUSTOMER"
            };
            int raterCount = 6 + random.nextInt(4);
            for (int r = 0; r < raterCount; r++) {
                long rater = id("feedback_rater");
                boolean submitted = random.nextInt(100) < (open ? 50 : 85);
                Instant submittedAt = submitted ? created.plus(1 + random.nextInt(10), ChronoUnit.DAYS) : null;
                if (submittedAt != null && submittedAt.isAfter(now)) {
                    submittedAt = now;
                }
                raters.row(
                        rater,
                        request,
                        groups[r].equals("SELF") ? "Self" : "Rater " + (r + 1),
                        "rater" + rater + "@raters." + domain,
                        groups[r],
                        created,
                        submittedAt);
                if (submitted) {
                    for (int q = 0; q < questions.length; q++) {
                        boolean rating = questions[q].kind.equals("RATING");
                        answers.row(
                                rater,
                                questionIds[q],
                                request,
                                rating ? 2 + random.nextInt(4) : null,
                                rating ? null : "More of the clear direction; less jumping into the detail.");
                    }
                }
            }
        }

        // Alignment --------------------------------------------------------------------------------------------

        /** The meetings a phase has had; returns the initial meeting's confirmed outcome, or 0. */
        long alignment(Plan p) {
            if (p.phase < ALIGNMENT || p.coach == 0) {
                return 0;
            }
            long initialOutcome = meeting(p, "INITIAL", p.phaseDay[ALIGNMENT] + 7, p.phase >= COACHING, true);
            if (p.phase >= SUSTAINMENT) {
                meeting(p, "MID_POINT", p.phaseDay[SUSTAINMENT] - 5, true, false);
            } else if (p.phase == COACHING && random.nextInt(4) == 0) {
                meeting(p, "MID_POINT", p.daysSoFar() + 7 + random.nextInt(20), false, false);
            }
            if (p.phase == CLOSED) {
                meeting(p, "CLOSING", p.phaseDay[CLOSED] - 3, true, false);
            }
            return initialOutcome;
        }

        long meeting(Plan p, String kind, int day, boolean held, boolean initial) {
            long id = id("alignment_meeting");
            Instant startsAt = held ? p.atClamped(day) : p.at(Math.max(day, p.daysSoFar() + 2));
            if (!held && startsAt.isBefore(now)) {
                startsAt = now.plus(2, ChronoUnit.DAYS);
            }
            Instant created = p.atClamped(day - 14);
            meetings.row(
                    id,
                    p.id,
                    kind,
                    startsAt,
                    60,
                    "Leader’s office",
                    held ? "HELD" : "SCHEDULED",
                    "My objectives: lead through others, be heard at the board",
                    created,
                    "gen-" + id + "@" + domain,
                    0,
                    p.coach,
                    created,
                    held ? startsAt : null);
            String[] topics = switch (kind) {
                case "INITIAL" ->
                    new String[] {
                        "CLARIFY_ROLES",
                        "CLARIFY_CONFIDENTIALITY",
                        "BACKGROUND_AND_ASSESSMENTS",
                        "GOALS",
                        "CONSTRAINTS_SUPPORTS_RESOURCES",
                        "MEASUREMENT_AND_REPORTING"
                    };
                case "MID_POINT" ->
                    new String[] {"MID_PROGRESS_AGAINST_MEASURES", "MID_WHAT_CHANGED", "MID_ADJUSTMENTS", "MID_SUPPORT"
                    };
                default ->
                    new String[] {"CLOSING_RESULTS", "CLOSING_WHAT_CHANGED", "CLOSING_SUSTAIN", "CLOSING_EVALUATION"};
            };
            for (int t = 0; t < topics.length; t++) {
                boolean covered = held && random.nextInt(10) > 0;
                agendaItems.row(
                        id("alignment_agenda_item"),
                        id,
                        p.id,
                        topics[t],
                        t,
                        covered,
                        covered ? "Agreed and noted." : null,
                        covered ? p.coach : null,
                        covered ? startsAt : null);
            }
            if (!held) {
                return 0;
            }
            meetingLeaderInputs.row(
                    id("alignment_leader_input"),
                    id,
                    p.id,
                    "EXPECTATIONS",
                    null,
                    "Lead the team through the reorganisation without me in every meeting.",
                    p.leader,
                    p.coach,
                    startsAt);
            meetingLeaderInputs.row(
                    id("alignment_leader_input"),
                    id,
                    p.id,
                    "ANSWER",
                    "What are the client’s greatest strengths in your eyes?",
                    "Judgement under pressure and loyalty of the team.",
                    p.leader,
                    p.coach,
                    startsAt);
            long outcome = id("alignment_outcome");
            String cadence =
                    initial ? pick(new String[] {"WEEKLY", "FORTNIGHTLY", "MONTHLY", "MONTHLY", "QUARTERLY"}) : null;
            outcomes.row(
                    outcome,
                    id,
                    p.id,
                    1,
                    "Delegate more; be heard at the board",
                    "Team survey; board feedback",
                    cadence,
                    p.coach,
                    startsAt);
            String[] who = {"CLIENT", "COACH", "LEADER"};
            long[] ids = {p.client, p.coach, p.leader};
            String[] names = {nameOf(p.client), nameOf(p.coach), nameOf(p.leader)};
            for (int w = 0; w < 3; w++) {
                Instant at = startsAt.plus(1 + w, ChronoUnit.HOURS);
                confirmations.row(
                        id("alignment_confirmation"), outcome, who[w], ids[w], names[w], at.isAfter(now) ? now : at);
            }
            if (initial) {
                reportingAgreements.row(p.id, cadence, LocalDate.ofInstant(startsAt, ZoneOffset.UTC), outcome);
            }
            return initial ? outcome : 0;
        }

        // Goals ------------------------------------------------------------------------------------------------

        long[] goals(Plan p) {
            long[] ids = new long[p.goals];
            for (int g = 0; g < p.goals; g++) {
                long id = id("goal");
                ids[g] = id;
                boolean metric = random.nextInt(10) < 7;
                int status = random.nextInt(100);
                String goalStatus = p.phase == ALIGNMENT
                        ? (status < 60 ? "DRAFT" : "ACTIVE")
                        : p.phase == CLOSED
                                ? (status < 60 ? "ACHIEVED" : status < 80 ? "ACTIVE" : "DROPPED")
                                : (status < 10
                                        ? "DRAFT"
                                        : status < 70 ? "ACTIVE" : status < 95 ? "ACHIEVED" : "DROPPED");
                boolean shared = p.type.equals("PERFORMANCE") ? random.nextInt(5) == 0 : random.nextInt(100) < 65;
                String category = p.type.equals("PERFORMANCE")
                        ? pick(new String[] {"WORK", "PERSONAL", "HEALTH"})
                        : p.type.equals("DEVELOPMENT") && random.nextInt(4) == 0 ? "ACADEMIC" : "WORK";
                int k = random.nextInt(GOALS.length);
                Instant created = p.atClamped(p.phaseDay[ALIGNMENT] + random.nextInt(20));
                BigDecimal baseline = metric ? new BigDecimal(random.nextInt(50)) : null;
                BigDecimal target = metric ? baseline.add(new BigDecimal(10 + random.nextInt(50))) : null;
                goals.row(
                        id,
                        p.id,
                        GOALS[k],
                        MEASURES[k],
                        category,
                        metric ? pick(METRIC_UNITS) : null,
                        baseline,
                        target,
                        goalStatus,
                        shared ? "SHARED" : "PRIVATE",
                        random.nextBoolean() ? p.client : p.coach == 0 ? p.client : p.coach,
                        created,
                        created);
                if (metric && p.phase >= COACHING) {
                    int checks = random.nextInt(7);
                    int span = Math.max(1, p.daysSoFar() - p.phaseDay[COACHING]);
                    for (int c = 0; c < checks; c++) {
                        int day = p.phaseDay[COACHING] + span * (c + 1) / (checks + 1);
                        BigDecimal value = baseline.add(target.subtract(baseline)
                                .multiply(BigDecimal.valueOf(c + 1))
                                .divide(BigDecimal.valueOf(checks + 1), 3, RoundingMode.HALF_UP));
                        Instant at = p.atClamped(day);
                        goalCheckIns.row(
                                id("goal_check_in"),
                                p.id,
                                id,
                                LocalDate.ofInstant(at, ZoneOffset.UTC),
                                value,
                                c % 2 == 0 ? "Measured at the month’s end" : null,
                                p.client,
                                at);
                    }
                }
                if (shared && random.nextInt(100) < 35) {
                    goalLeaderInputs.row(
                            id("goal_leader_input"),
                            p.id,
                            id,
                            p.leader,
                            "I would like to see this in the team meeting.",
                            p.atClamped(p.phaseDay[ALIGNMENT] + 20),
                            null);
                }
            }
            return ids;
        }

        // Sessions and the hours ledger -------------------------------------------------------------------------

        long[] sessions(Plan p, BigDecimal contracted) {
            if (p.sessions == 0) {
                return new long[0];
            }
            int first = p.phaseDay[COACHING];
            int last = p.phase == CLOSED ? p.phaseDay[CLOSED] - 1 : p.daysSoFar() + 28;
            double spacing = Math.max(1.0, (last - first) / (double) p.sessions);
            long[] ids = new long[p.sessions];
            List<Long> past = new ArrayList<>();
            for (int s = 0; s < p.sessions; s++) {
                ids[s] = id("coaching_session");
            }
            for (int s = 0; s < p.sessions; s++) {
                long id = ids[s];
                Instant startsAt = p.at(first + (int) (s * spacing));
                boolean inPast = startsAt.isBefore(now);
                if (p.phase == CLOSED && !inPast) {
                    startsAt = now.minus(p.sessions - s, ChronoUnit.DAYS);
                    inPast = true;
                }
                int minutes = pick(new int[] {60, 60, 60, 90, 45});
                String status = "SCHEDULED";
                if (inPast) {
                    int roll = random.nextInt(100);
                    status = roll < 80
                            ? "HELD"
                            : roll < 87
                                    ? "CANCELLED"
                                    : roll < 92 ? "LATE_CANCELLED" : roll < 95 ? "NO_SHOW" : "RESCHEDULED";
                    if (status.equals("RESCHEDULED") && s == p.sessions - 1) {
                        status = "HELD";
                    }
                }
                boolean held = status.equals("HELD");
                Instant created =
                        startsAt.minus(14, ChronoUnit.DAYS).isAfter(now) ? now : startsAt.minus(14, ChronoUnit.DAYS);
                String agenda = held || random.nextBoolean()
                        ? "How do I hand over the budget review? What to say to the board?"
                        : null;
                String summary = held ? "We worked on delegation; next: the budget review handover." : null;
                Instant outcomeAt = inPast && !status.equals("SCHEDULED")
                        ? (held
                                ? startsAt.plus(minutes, ChronoUnit.MINUTES)
                                : startsAt.minus(
                                        status.equals("CANCELLED") ? 72 : status.equals("LATE_CANCELLED") ? 12 : 0,
                                        ChronoUnit.HOURS))
                        : null;
                if (outcomeAt != null && outcomeAt.isAfter(now)) {
                    outcomeAt = now;
                }
                boolean byClient = status.equals("CANCELLED") || status.equals("LATE_CANCELLED");
                sessions.row(
                        id,
                        p.id,
                        startsAt,
                        minutes,
                        pick(new String[] {"VIDEO", "VIDEO", "IN_PERSON", "PHONE"}),
                        null,
                        status,
                        agenda,
                        agenda == null ? null : created,
                        summary,
                        summary == null ? null : outcomeAt,
                        outcomeAt == null ? null : byClient ? p.client : p.coach,
                        outcomeAt == null ? null : byClient ? "CLIENT" : "COACH",
                        outcomeAt,
                        byClient ? "Travel for work" : null,
                        status.equals("RESCHEDULED") ? ids[s + 1] : null,
                        "gen-session-" + id + "@" + domain,
                        0,
                        p.coach,
                        created);
                BigDecimal used = BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                if (held) {
                    past.add(id);
                    hours.row(id("hours_entry"), p.id, "SESSION_HELD", used, "Session held", p.coach, outcomeAt, id);
                    if (random.nextBoolean()) {
                        privateNotes.row(
                                id, p.coach, "Energy low at the start; came alive on the board topic.", outcomeAt);
                    }
                } else if (status.equals("LATE_CANCELLED") || status.equals("NO_SHOW")) {
                    hours.row(
                            id("hours_entry"),
                            p.id,
                            status.equals("NO_SHOW") ? "NO_SHOW" : "LATE_CANCELLATION",
                            used,
                            "Deducted under the cancellation policy",
                            p.coach,
                            outcomeAt,
                            id);
                }
            }
            p.heldSessions = past.size();
            p.heldSessionIds = past.stream().mapToLong(Long::longValue).toArray();
            return ids;
        }

        // Action steps -----------------------------------------------------------------------------------------

        void steps(Plan p, long[] goalIds, long[] sessionIds) {
            int first = p.phaseDay[COACHING];
            int span = Math.max(7, (p.phase == CLOSED ? p.phaseDay[CLOSED] : p.daysSoFar() + 30) - first);
            for (int s = 0; s < p.steps; s++) {
                long id = id("action_step");
                LocalDate due = p.startsOn.plusDays(first + (long) span * s / Math.max(1, p.steps) + random.nextInt(7));
                boolean pastDue = due.isBefore(today);
                int roll = random.nextInt(100);
                String status = p.phase == CLOSED
                        ? (roll < 75 ? "DONE" : "DROPPED")
                        : pastDue
                                ? (roll < 60 ? "DONE" : roll < 90 ? "OPEN" : "DROPPED")
                                : (roll < 10 ? "DONE" : "OPEN");
                Instant created = p.atClamped((int) ChronoUnit.DAYS.between(p.startsOn, due) - 7);
                Instant completed = status.equals("DONE") ? later(created, 1 + random.nextInt(7)) : null;
                Long goal =
                        goalIds.length > 0 && random.nextInt(5) > 0 ? goalIds[random.nextInt(goalIds.length)] : null;
                Long session = p.heldSessionIds.length > 0 && random.nextBoolean()
                        ? p.heldSessionIds[random.nextInt(p.heldSessionIds.length)]
                        : null;
                steps.row(
                        id,
                        p.id,
                        goal,
                        session,
                        p.client,
                        pick(STEPS),
                        due,
                        status,
                        completed,
                        random.nextInt(4) == 0 && p.coach != 0 ? p.coach : p.client,
                        created);
                int notes = random.nextInt(3);
                for (int n = 0; n < notes; n++) {
                    boolean byCoach = p.coach != 0 && random.nextInt(7) == 0;
                    stepNotes.row(
                            id("action_step_note"),
                            p.id,
                            id,
                            byCoach ? p.coach : p.client,
                            pick(NOTES),
                            later(created, 1 + n * 2));
                }
            }
        }

        Instant later(Instant from, int days) {
            Instant at = from.plus(days, ChronoUnit.DAYS);
            return at.isAfter(now) ? now : at;
        }

        // Progress, reflection and evaluation -------------------------------------------------------------------

        void evaluation(Plan p, long initialOutcome, long[] goalIds, String timing) {
            if (p.phase < COACHING || p.coach == 0) {
                return;
            }
            int coachingDays =
                    Math.max(1, (p.phase == CLOSED ? p.phaseDay[CLOSED] : p.daysSoFar()) - p.phaseDay[COACHING]);
            if (initialOutcome != 0) {
                int count = Math.min(12, Math.max(1, coachingDays / 30));
                for (int r = 0; r < count; r++) {
                    Instant created = p.atClamped(p.phaseDay[COACHING] + coachingDays * (r + 1) / (count + 1));
                    boolean draft = r == count - 1 && p.phase != CLOSED && random.nextInt(3) == 0;
                    Instant sent = draft ? null : later(created, 1);
                    reports.row(
                            id("progress_report"),
                            p.id,
                            p.client,
                            "Delegate the budget review",
                            "Handed it over to Sam",
                            "The team decided without me twice",
                            "Prepare the board talk",
                            draft ? "DRAFT" : "SENT",
                            created,
                            draft ? created : sent,
                            sent,
                            sent != null && random.nextInt(5) > 0 ? later(sent, 2) : null);
                }
            }
            int feedbackCount = random.nextInt(4);
            for (int f = 0; f < feedbackCount; f++) {
                leaderFeedback.row(
                        id("leader_feedback"),
                        p.id,
                        p.leader,
                        null,
                        "You let the team decide on the roadmap: I saw it work. Keep going.",
                        p.atClamped(p.phaseDay[COACHING] + coachingDays * (f + 1) / (feedbackCount + 1)));
            }
            LocalDate week =
                    p.startsOn.plusDays(p.phaseDay[COACHING]).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            LocalDate lastWeek = (p.phase == CLOSED ? p.startsOn.plusDays(p.phaseDay[CLOSED]) : today)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int written = 0;
            for (; !week.isAfter(lastWeek) && written < 20; week = week.plusWeeks(1)) {
                if (random.nextInt(10) < 4) {
                    Instant at =
                            later(week.atTime(17, 0).toInstant(ZoneOffset.UTC).plus(4, ChronoUnit.DAYS), 0);
                    reflections.row(
                            id("weekly_reflection"),
                            p.id,
                            week,
                            "Two of three steps done.",
                            "Delegation is getting easier.",
                            "How to stay out of the detail",
                            random.nextInt(10) < 3,
                            at,
                            at);
                    written++;
                }
            }
            int due = p.heldSessions / 3;
            for (int c = 1; c <= due; c++) {
                Instant dueAt = p.atClamped(p.phaseDay[COACHING] + coachingDays * c / (due + 1));
                boolean answered = random.nextInt(100) < 75;
                boolean superseded = !answered && c < due;
                int fit = answered ? 2 + random.nextInt(4) : 0;
                checkIns.row(
                        id("partnership_check_in"),
                        p.id,
                        c * 3,
                        p.coach,
                        dueAt,
                        superseded ? later(dueAt, 14) : null,
                        answered ? later(dueAt, 2) : null,
                        answered ? (Integer) fit : null,
                        answered && fit < 3 ? "More challenge, less listening." : null);
            }
            if (p.phase == CLOSED && p.completed) {
                Instant sent = p.atClamped(p.phaseDay[CLOSED]);
                long[] who = {p.client, p.leader};
                String[] role = {"CLIENT", "LEADER"};
                for (int r = 0; r < 2; r++) {
                    long survey = id("close_out_survey");
                    surveys.row(survey, p.id, who[r], role[r], p.coach, sent);
                    if (random.nextInt(10) < 7) {
                        surveyAnswers.row(
                                id("close_out_answer"),
                                survey,
                                p.id,
                                3 + random.nextInt(3),
                                2 + random.nextInt(4),
                                2 + random.nextInt(4),
                                5 + random.nextInt(6),
                                random.nextBoolean() ? "Worth every hour." : null,
                                later(sent, 3));
                    }
                }
            }
            int ratings = 1 + random.nextInt(3);
            for (int r = 0; r < ratings; r++) {
                coachability.row(
                        id("coachability_rating"),
                        p.id,
                        p.coach,
                        2 + random.nextInt(4),
                        "Open to feedback, acts on it.",
                        p.atClamped(p.phaseDay[COACHING] + coachingDays * (r + 1) / (ratings + 1)));
            }
            if (random.nextInt(33) == 0) {
                referrals.row(
                        id("referral"),
                        p.id,
                        random.nextBoolean() ? "HR" : "EAP",
                        "Workload concerns beyond coaching.",
                        p.coach,
                        p.atClamped(p.phaseDay[COACHING] + coachingDays / 2));
            }
            if (timing.equals("PROACTIVE")) {
                Instant created = p.atClamped(p.phaseDay[ALIGNMENT] + 10);
                impactMeasures.row(
                        id("impact_measure"),
                        p.id,
                        "Productivity",
                        "%",
                        new BigDecimal(60 + random.nextInt(20)),
                        p.phase == CLOSED ? new BigDecimal(70 + random.nextInt(25)) : null,
                        p.coach,
                        created,
                        created);
                impactMeasures.row(
                        id("impact_measure"),
                        p.id,
                        "Engagement score",
                        "points",
                        new BigDecimal(50 + random.nextInt(20)),
                        p.phase == CLOSED ? new BigDecimal(55 + random.nextInt(30)) : null,
                        p.coach,
                        created,
                        created);
            }
            if (p.phase == COACHING && random.nextInt(100) == 0) {
                coachChanges.row(
                        id("coach_change_request"),
                        p.id,
                        p.client,
                        p.coach,
                        "We do not click; I would like someone with a finance background.",
                        p.atClamped(p.daysSoFar() - 3));
            }
            if (random.nextInt(3) == 0) {
                notifications.row(
                        id("app_notification"),
                        p.client,
                        "PROGRESS_REPORT_DUE",
                        "A progress report to your leader is due",
                        "/engagements/" + p.id + "/reports",
                        p.atClamped(p.daysSoFar() - random.nextInt(10)),
                        null);
            }
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        int pick(int[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private record Question(int position, String kind, String competency, String text) {}
}
