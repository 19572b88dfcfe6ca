package dev.triad;

import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every main page, for every role that opens it, issues at most {@value #BOUND} statements, and the same number for
 * an engagement with 5 of everything (goals, action steps with notes, check-ins, sessions with their ledger lines,
 * reflections, reports, leader feedback, assessments, meetings) as for one with 500: no page's cost grows with its
 * data. (Notifications: 30 against 500, so that both fill the first page of 25 and both lists need their count.) The content is written straight into the tables (one statement per table) so the test stays
 * fast; the pages are then read through MockMvc as each participant.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageQueryBoundsIntegrationTest {

    static final int BOUND = 15;
    static final int FEW = 5;
    static final int MANY = 500;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    StatementCounter counter;
    Filled few;
    Filled many;
    User hr;

    record Filled(Triad triad, Programme programme, long goal, long session) {
        String e() {
            return "/engagements/" + triad.id();
        }
    }

    @BeforeAll
    void fill(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
        hr = fixtures.hr();
        few = filled(FEW);
        many = filled(MANY);
    }

    Filled filled(int n) {
        Programme programme = fixtures.programme();
        User client = fixtures.person(dev.triad.account.Role.CLIENT);
        User coach = fixtures.person(dev.triad.account.Role.COACH);
        User leader = fixtures.person(dev.triad.account.Role.LEADER);
        var engagement = fixtures.anEngagement()
                .in(programme)
                .withClient(client)
                .withCoach(coach)
                .withLeader(leader)
                .build();
        Triad t = new Triad(engagement, client, coach, leader);
        long e = t.id(), c = client.getId(), k = coach.getId(), l = leader.getId();
        jdbc.update("""
                insert into goal (engagement_id, statement, success_measure, category, metric_unit, metric_baseline, metric_target,
                                  status, visibility, created_by_id, created_at, updated_at)
                select ?, 'Goal ' || i, 'Success ' || i, 'WORK', 'points', 0, 10, 'ACTIVE',
                       case when i % 2 = 0 then 'SHARED' else 'PRIVATE' end, ?, now(), now()
                from generate_series(1, ?) i""", e, c, n);
        long firstGoal = jdbc.queryForObject(
                "select min(id) from goal where engagement_id = ? and visibility = 'SHARED'", Long.class, e);
        jdbc.update("""
                insert into goal_check_in (engagement_id, goal_id, measured_on, value, comment, recorded_by_id, recorded_at)
                select g.engagement_id, g.id, current_date - d, d, 'check', ?, now()
                from goal g cross join generate_series(0, 1) d where g.engagement_id = ?""", c, e);
        jdbc.update("""
                insert into goal_leader_input (engagement_id, goal_id, author_id, text, created_at)
                select engagement_id, id, ?, 'input', now() from goal where engagement_id = ? and visibility = 'SHARED'""", l, e);
        jdbc.update("""
                insert into coaching_session (engagement_id, starts_at, minutes, format, status, agenda, summary, outcome_by_id,
                                              outcome_by_role, outcome_at, calendar_uid, scheduled_by_id, created_at)
                select ?, now() - make_interval(days => i), 60, 'VIDEO', case when i % 5 = 0 then 'CANCELLED' else 'HELD' end,
                       'agenda', 'summary', ?, 'COACH', now() - make_interval(days => i), 'b-' || gen_random_uuid(), ?, now()
                from generate_series(1, ?) i""", e, k, k, n);
        jdbc.update("""
                insert into hours_entry (engagement_id, kind, hours, note, recorded_by_id, recorded_at, session_id)
                select engagement_id, 'SESSION_HELD', 1, 'held', ?, now(), id from coaching_session
                where engagement_id = ? and status = 'HELD'""", k, e);
        long session =
                jdbc.queryForObject("select max(id) from coaching_session where engagement_id = ?", Long.class, e);
        jdbc.update("""
                insert into action_step (engagement_id, goal_id, session_id, owner_id, description, due_on, status, completed_at,
                                         created_by_id, created_at)
                select ?, case when i % 4 = 0 then null else ? end, case when i % 3 = 0 then ? end, ?, 'Step ' || i,
                       current_date + (i % 30) - 15, case when i % 3 = 0 then 'DONE' else 'OPEN' end,
                       case when i % 3 = 0 then now() end, ?, now()
                from generate_series(1, ?) i""", e, firstGoal, session, c, c, n);
        jdbc.update("""
                insert into action_step_note (engagement_id, step_id, author_id, text, created_at)
                select engagement_id, id, ?, 'moved ' || d, now() from action_step cross join generate_series(1, 2) d
                where engagement_id = ?""", c, e);
        jdbc.update("""
                insert into weekly_reflection (engagement_id, week_of, action_plan_review, shared_with_coach, created_at, updated_at)
                select ?, date_trunc('week', current_date)::date - 7 * i, 'review', true, now(), now()
                from generate_series(1, ?) i""", e, n);
        jdbc.update("""
                insert into progress_report (engagement_id, author_id, committed, done, status, created_at, updated_at, sent_at)
                select ?, ?, 'c', 'd', 'SENT', now(), now(), now() - make_interval(days => i) from generate_series(1, ?) i""", e, c, n);
        jdbc.update("""
                insert into leader_feedback (engagement_id, author_id, text, created_at)
                select ?, ?, 'well done', now() - make_interval(days => i) from generate_series(1, ?) i""", e, l, n);
        jdbc.update("""
                insert into assessment (engagement_id, kind, title, assessed_on, summary, sharing, shared_at, created_by_id,
                                        created_at, updated_at)
                select ?, 'PSYCHOMETRIC', 'Profile ' || i, current_date - i, 'summary',
                       case when i % 2 = 0 then 'SUMMARY' else 'NONE' end, case when i % 2 = 0 then now() end, ?, now(), now()
                from generate_series(1, ?) i""", e, c, n);
        jdbc.update("""
                insert into alignment_meeting (engagement_id, kind, starts_at, minutes, status, calendar_uid, scheduled_by_id,
                                               created_at, held_at)
                select ?, 'MID_POINT', now() - make_interval(days => i), 60, 'HELD', 'm-' || gen_random_uuid(), ?, now(),
                       now() - make_interval(days => i)
                from generate_series(1, ?) i""", e, k, n);
        jdbc.update("""
                insert into app_notification (user_id, kind, text, link, created_at)
                select u, 'SESSION_REMINDER', 'reminder ' || i, '/', now() - make_interval(mins => i)
                from generate_series(1, ?) i cross join (values (?), (?), (?)) as who (u)""", Math.max(n, 30), c, k, l);
        return new Filled(t, programme, firstGoal, session);
    }

    long statements(String path, User who) throws Exception {
        RequestPostProcessor as = fixtures.as(who);
        return counter.count(() -> mvc.perform(get(path).with(as)).andExpect(status().isOk()));
    }

    /** Each page read as someone of a part: the same count for few and many, and within the bound. */
    void assertBounded(
            String part,
            java.util.function.Function<Filled, User> who,
            java.util.function.Function<Filled, List<String>> pages)
            throws Exception {
        List<String> fewPages = pages.apply(few);
        List<String> manyPages = pages.apply(many);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < fewPages.size(); i++) {
            long forFew = statements(fewPages.get(i), who.apply(few));
            long forMany = statements(manyPages.get(i), who.apply(many));
            String page = fewPages.get(i).replaceAll("/\\d+", "/{id}");
            if (forFew != forMany || forMany > BOUND) {
                failures.add(part + " " + page + ": " + forFew + " statements with " + FEW + ", " + forMany + " with "
                        + MANY);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theClientsPages() throws Exception {
        assertBounded(
                "client",
                f -> f.triad().client(),
                f -> List.of(
                        "/",
                        f.e(),
                        f.e() + "/goals",
                        f.e() + "/goals/" + f.goal(),
                        f.e() + "/plan",
                        f.e() + "/sessions",
                        f.e() + "/sessions/" + f.session(),
                        f.e() + "/hours",
                        f.e() + "/journal",
                        f.e() + "/assessments",
                        f.e() + "/alignment",
                        f.e() + "/reports",
                        f.e() + "/timeline",
                        "/notifications"));
    }

    @Test
    void theCoachsPages() throws Exception {
        assertBounded(
                "coach",
                f -> f.triad().coach(),
                f -> List.of(
                        "/",
                        f.e(),
                        f.e() + "/goals",
                        f.e() + "/goals/" + f.goal(),
                        f.e() + "/plan",
                        f.e() + "/sessions",
                        f.e() + "/sessions/" + f.session(),
                        f.e() + "/hours",
                        f.e() + "/journal",
                        f.e() + "/assessments",
                        f.e() + "/alignment",
                        f.e() + "/reports",
                        f.e() + "/timeline",
                        f.e() + "/evaluation",
                        "/notifications",
                        "/schedule",
                        // four weeks that hold many of the past sessions and meetings
                        "/schedule?week=" + java.time.LocalDate.now().minusWeeks(3),
                        "/account/calendar"));
    }

    /** Each participant's calendar feed, fetched as a calendar program does (the 500 hold 30 days of sessions). */
    @Test
    void theCalendarFeeds(@Autowired dev.triad.schedule.CalendarFeedService feeds) throws Exception {
        java.util.Map<Long, String> tokens = new java.util.HashMap<>();
        java.util.function.Function<User, String> feedOf = user -> "/calendar/feed/"
                + tokens.computeIfAbsent(user.getId(), id -> feeds.issue(fixtures.principal(user))) + ".ics";
        assertBounded(
                "coach",
                f -> f.triad().coach(),
                f -> List.of(feedOf.apply(f.triad().coach())));
        assertBounded(
                "client",
                f -> f.triad().client(),
                f -> List.of(feedOf.apply(f.triad().client())));
        assertBounded(
                "leader",
                f -> f.triad().leader(),
                f -> List.of(feedOf.apply(f.triad().leader())));
    }

    @Test
    void theLeadersView() throws Exception {
        assertBounded(
                "leader",
                f -> f.triad().leader(),
                f -> List.of(
                        "/",
                        f.e(),
                        f.e() + "/goals",
                        f.e() + "/goals/" + f.goal(),
                        f.e() + "/assessments",
                        f.e() + "/alignment",
                        f.e() + "/reports",
                        f.e() + "/timeline",
                        "/notifications"));
    }

    @Test
    void theHrPages() throws Exception {
        assertBounded(
                "HR",
                f -> hr,
                f -> List.of(
                        "/",
                        "/?programme=" + f.programme().getId(),
                        f.e(),
                        f.e() + "/hours",
                        "/programmes/" + f.programme().getId() + "/dashboard",
                        "/programmes/" + f.programme().getId() + "/engagements.csv",
                        "/programmes/" + f.programme().getId() + "/dashboard.csv",
                        "/people",
                        "/audit",
                        "/notifications"));
    }
    /**
     * The client's free-slot page (issue 19): the same statements with few or many sessions booked in the coach's next
     * four weeks. Hibernate's count misses the two JdbcTemplate reads (the coach's availability, the booked times),
     * so it must stay within the bound less those two.
     */
    @Test
    void theClientsFreeSlotPage() throws Exception {
        Triad forFew = bookable(FEW);
        Triad forMany = bookable(MANY);
        String page = "/engagements/%d/sessions/book";

        long few = statements(page.formatted(forFew.id()), forFew.client());
        long many = statements(page.formatted(forMany.id()), forMany.client());
        String html = mvc.perform(get(page.formatted(forMany.id())).with(fixtures.as(forMany.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("class=\"btn btn-outline-primary btn-sm slot\"");
        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND - 2);
    }

    /**
     * A triad whose client books, with {@code n} half-hour sessions of the coach's booked 100 minutes apart from two
     * days on (so that some hours stay free between them for the usual hour).
     */
    Triad bookable(int n) {
        Programme programme = fixtures.programme();
        jdbc.update("update programme set clients_book_sessions = true where id = ?", programme.getId());
        User coach = fixtures.person(dev.triad.account.Role.COACH);
        Triad t = fixtures.anEngagement().in(programme).withCoach(coach).buildTriad();
        jdbc.update("update engagement set contracted_hours = 2000 where id = ?", t.id());
        jdbc.update(
                "insert into coach_availability (coach_id, notice_hours, updated_at) values (?, 0, now())",
                coach.getId());
        jdbc.update("""
                insert into availability_hours (coach_id, day_of_week, starts, ends)
                select ?, d, time '07:00', time '21:00' from generate_series(1, 7) d""", coach.getId());
        jdbc.update("""
                insert into coaching_session (engagement_id, starts_at, minutes, format, status, calendar_uid,
                                              scheduled_by_id, created_at)
                select ?, date_trunc('hour', now()) + make_interval(days => 2, mins => 100 * i), 30, 'VIDEO', 'SCHEDULED',
                       'q-' || gen_random_uuid(), ?, now()
                from generate_series(1, ?) i""", t.id(), coach.getId(), n);
        jdbc.update("""
                insert into booked_time (item_kind, item_id, engagement_id, coach_id, client_id, during)
                select 'SESSION', s.id, s.engagement_id, ?, ?, tstzrange(s.starts_at, s.starts_at + interval '30 minutes')
                from coaching_session s where s.engagement_id = ? and s.status = 'SCHEDULED'""", coach.getId(), t.client().getId(), t.id());
        return t;
    }
}
