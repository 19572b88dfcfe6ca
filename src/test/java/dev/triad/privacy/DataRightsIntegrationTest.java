package dev.triad.privacy;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.privacy.PersonalContent.Written;
import dev.triad.programme.Programme;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data rights (issue 8): the client's export holds every kind of their own data and nothing of anyone else's, nor what
 * only the coach may read; HR's erasure is refused until the engagement is closed and past retention, removes every
 * text people wrote, keeps the programme's figures and the pages working, and is audited.
 */
@IntegrationTest
class DataRightsIntegrationTest {

    static final List<String> KINDS = List.of(
            "profile.json",
            "engagements.json",
            "goals.json",
            "action-steps.json",
            "reflections.json",
            "sessions.json",
            "assessments.json",
            "assessment-access-log.json",
            "alignment.json",
            "progress-reports.json",
            "evaluation.json",
            "README.txt");

    static final String FILES = "assessment-files/";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    PersonalContent content;
    Activity activity;

    @BeforeEach
    void setUp() {
        content = new PersonalContent(context);
        activity = new Activity(context);
    }

    private Map<String, byte[]> export(User client) throws Exception {
        MvcResult result = mvc.perform(get("/account/my-data/download").with(fixtures.as(client)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn();
        return unzip(result.getResponse().getContentAsByteArray());
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theClientsExportHoldsEveryKindOfTheirOwnDataAndNothingOfAnyoneElse() throws Exception {
        Written mine = content.writeAll(fixtures.aTriad());
        Written theirs = content.writeAll(fixtures.aTriad());
        String m = mine.marker();

        Map<String, byte[]> entries = export(mine.triad().client());

        assertThat(entries.keySet()).containsAll(KINDS);
        for (String name : entries.keySet()) {
            if (name.endsWith(".json")) {
                JsonNode node = json.readTree(entries.get(name));
                assertThat(node.isObject()).as(name).isTrue();
            }
        }
        String all = entries.entrySet().stream()
                .filter(e -> !e.getKey().startsWith(FILES))
                .map(e -> new String(e.getValue(), StandardCharsets.UTF_8))
                .reduce("", String::concat);
        // Each kind, in its own file.
        assertThat(text(entries, "profile.json")).contains(mine.triad().client().getEmail());
        assertThat(text(entries, "engagements.json"))
                .contains(mine.triad().coach().getFullName(), "hoursLedger");
        assertThat(text(entries, "goals.json"))
                .contains("Goal " + m, "Success " + m, "Check-in comment " + m, "Leader input " + m);
        assertThat(text(entries, "action-steps.json")).contains("Step " + m, "Step note " + m);
        assertThat(text(entries, "reflections.json")).contains("Reflection " + m);
        assertThat(text(entries, "sessions.json"))
                .contains("Agenda " + m, "Summary " + m, "Commitment " + m, "Room " + m);
        assertThat(text(entries, "assessments.json"))
                .contains(
                        "Assessment " + m,
                        "Assessment summary " + m,
                        "Strength " + m,
                        "Development area " + m,
                        "Competency " + m,
                        "360 " + m,
                        "Open answer 0 " + m,
                        "Open answer 2 " + m);
        assertThat(text(entries, "assessment-access-log.json"))
                .contains(mine.triad().coach().getFullName());
        assertThat(text(entries, "alignment.json"))
                .contains(
                        "Objectives " + m,
                        "Checklist note " + m,
                        "Expectation " + m,
                        "Agreed goals " + m,
                        "Agreed measures " + m,
                        "Prompted " + m,
                        "Background " + m);
        assertThat(text(entries, "progress-reports.json"))
                .contains("Committed " + m, "Next steps " + m, "Leader feedback " + m);
        assertThat(text(entries, "evaluation.json"))
                .contains("Check-in answer " + m, "Referral " + m, "Change reason " + m, "Productivity");
        assertThat(text(entries, "README.txt"))
                .contains("goals.json", "sessions.json", "assessments.json", "private notes");
        // The report file, as uploaded.
        List<String> files =
                entries.keySet().stream().filter(n -> n.startsWith(FILES)).toList();
        assertThat(files).hasSize(1).allMatch(n -> n.endsWith("report.pdf"));
        assertThat(entries.get(files.get(0))).isEqualTo(mine.reportFile());
        // Never what only the coach reads, never who the raters are, nothing of another client.
        assertThat(all).doesNotContain(mine.privateNote(), mine.coachability());
        for (int i = 0; i < 3; i++) {
            assertThat(all)
                    .doesNotContain(mine.raterNames().get(i), mine.raterEmails().get(i));
        }
        assertThat(all).doesNotContain(theirs.marker(), theirs.triad().client().getEmail());
        // Audited, without content.
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'EXPORTED' and actor_email = ? and subject = ?",
                        Long.class,
                        mine.triad().client().getEmail(),
                        "person " + mine.triad().client().getId()))
                .isOne();
    }

    @Test
    void aClientsCloseOutAnswerIsExportedButNotTheLeaders() throws Exception {
        Written w = content.writeAll(fixtures.aTriad());
        content.closeAndAnswer(w, fixtures.hr());
        activity.answerCloseOut(w.id(), w.triad().leader(), 2, 2, 2, 2);
        String evaluation = text(export(w.triad().client()), "evaluation.json");
        assertThat(evaluation)
                .contains("Close-out comment " + w.marker())
                .doesNotContain("Comment by " + w.triad().leader().getFullName());
    }

    @Test
    void onlyClientsExportAndOnlyTheirOwnData() throws Exception {
        Triad t = fixtures.aTriad();
        for (User notAClient : List.of(t.coach(), t.leader(), fixtures.hr())) {
            mvc.perform(get("/account/my-data/download").with(fixtures.as(notAClient)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/account/my-data").with(fixtures.as(notAClient))).andExpect(status().isForbidden());
        }
        // A client with no engagement gets their account details; a page and a link say what is in the file.
        User newClient = fixtures.person(Role.CLIENT);
        Map<String, byte[]> entries = export(newClient);
        assertThat(entries.keySet()).containsAll(KINDS);
        assertThat(text(entries, "goals.json")).doesNotContain("Goal ");
        mvc.perform(get("/account/my-data").with(fixtures.as(newClient)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download my data (ZIP)")));
        mvc.perform(get("/").with(fixtures.as(newClient)))
                .andExpect(Page.count("a[href=/account/my-data]", greaterThan(0)));
    }

    @Test
    void erasureIsRefusedForAnOpenEngagementBeforeRetentionAndForAnyoneButHr() throws Exception {
        User hr = fixtures.hr();
        Triad open = fixtures.aTriad();
        mvc.perform(post("/retention/engagements/" + open.id() + "/erase")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("reason", "Retention schedule"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is not closed")));

        Written recent = content.writeAll(fixtures.aTriad());
        content.closeAndAnswer(recent, hr);
        content.closedYearsAgo(recent.id(), 2);
        mvc.perform(post("/retention/engagements/" + recent.id() + "/erase")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("reason", "Retention schedule"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("can be erased from")));
        String refusal = mvc.perform(
                        get("/retention/engagements/" + recent.id() + "/erase").with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("can be erased from")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refusal)
                .containsPattern("can be erased from \\d{1,2} [A-Z][a-z]{2} \\d{4}")
                .doesNotContainPattern("(closed on|erased from) \\d{4}-");

        content.closedYearsAgo(recent.id(), 4);
        for (User notHr : List.of(
                recent.triad().client(), recent.triad().coach(), recent.triad().leader())) {
            mvc.perform(post("/retention/engagements/" + recent.id() + "/erase")
                            .with(fixtures.as(notHr))
                            .with(csrf())
                            .param("reason", "Retention schedule"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/retention").with(fixtures.as(notHr))).andExpect(status().isForbidden());
        }
        // A reason is needed.
        mvc.perform(post("/retention/engagements/" + recent.id() + "/erase")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("reason", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say why you erase it")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from goal where engagement_id = ? and statement like ?",
                        Long.class,
                        recent.id(),
                        "%" + recent.marker() + "%"))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select erased_on is null from engagement where id = ?", Boolean.class, recent.id()))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'ERASED' and subject = ?",
                        Long.class,
                        "engagement " + recent.id()))
                .isZero();
    }

    @Test
    void erasureRemovesEveryTextKeepsTheFiguresAndThePagesAndIsAudited() throws Exception {
        User hr = fixtures.hr();
        Programme programme = fixtures.programme();
        Written w = content.writeAll(triadIn(programme));
        for (int i = 0; i < 4; i++) {
            activity.completed(triadIn(programme), 1, 4, 4);
        }
        content.closeAndAnswer(w, hr);
        content.closedYearsAgo(w.id(), 4);
        String dashboardBefore = csv(hr, "/programmes/" + programme.getId() + "/dashboard.csv");
        String engagementsBefore = csv(hr, "/programmes/" + programme.getId() + "/engagements.csv");
        Map<String, Object> figuresBefore = figures(w.id());
        Map<String, Integer> pagesBefore = pageStatuses(w, hr);
        assertThat(pagesBefore.values()).allMatch(s -> s < 500);

        mvc.perform(get("/retention").with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andExpect(Page.count(
                        "[href=/retention/engagements/" + w.id() + "/erase], [action=/retention/engagements/" + w.id()
                                + "/erase]",
                        greaterThan(0)));
        mvc.perform(post("/retention/engagements/" + w.id() + "/erase")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("reason", "Retention schedule"))
                .andExpect(redirectedUrl("/retention"));

        // No text anyone wrote is left, in any text column of any table.
        assertThat(columnsHolding(w.marker())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from assessment_file where engagement_id = ?", Long.class, w.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_private_note where session_id = ?", Long.class, w.sessionId()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_rater r join feedback_request q on q.id = r.request_id "
                                + "where q.engagement_id = ?",
                        Long.class,
                        w.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select erased_on = current_date from engagement where id = ?", Boolean.class, w.id()))
                .isTrue();
        // The figures stay, to the digit.
        assertThat(figures(w.id())).isEqualTo(figuresBefore);
        assertThat(csv(hr, "/programmes/" + programme.getId() + "/dashboard.csv"))
                .isEqualTo(dashboardBefore);
        assertThat(csv(hr, "/programmes/" + programme.getId() + "/engagements.csv"))
                .isEqualTo(engagementsBefore);
        // Every page answers as before, for every role, and says the content was erased.
        assertThat(pageStatuses(w, hr)).isEqualTo(pagesBefore);
        for (User someone :
                List.of(w.triad().client(), w.triad().coach(), w.triad().leader(), hr)) {
            mvc.perform(get("/engagements/" + w.id()).with(fixtures.as(someone)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Personal content erased on")));
        }
        // Audited: who, which engagement, why; no content. Once only.
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'ERASED' and actor_email = ? and subject = ? "
                                + "and details like '%Retention schedule%'",
                        Long.class, hr.getEmail(), "engagement " + w.id()))
                .isOne();
        mvc.perform(post("/retention/engagements/" + w.id() + "/erase")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("reason", "Again"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("already erased")));
        mvc.perform(get("/retention").with(fixtures.as(hr)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                containsString("/retention/engagements/" + w.id() + "/erase"))));
        // The client's export still works, and says the engagement was erased.
        assertThat(text(export(w.triad().client()), "engagements.json")).contains("erasedOn");
    }

    private Triad triadIn(Programme programme) {
        User client = fixtures.person(Role.CLIENT);
        User coach = fixtures.person(Role.COACH);
        User leader = fixtures.person(Role.LEADER);
        return new Triad(
                fixtures.anEngagement()
                        .withClient(client)
                        .withLeader(leader)
                        .withCoach(coach)
                        .in(programme)
                        .build(),
                client,
                coach,
                leader);
    }

    private String csv(User hr, String path) throws Exception {
        return mvc.perform(get(path).with(fixtures.as(hr)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** What the aggregates count for one engagement: statuses, scores, hours, phases. */
    private Map<String, Object> figures(Long id) {
        return jdbc.queryForMap("""
                select (select string_agg(status || category, ',' order by id) from goal where engagement_id = :id) as goals,
                       (select string_agg(status || minutes, ',' order by id) from coaching_session where engagement_id = :id) as sessions,
                       (select sum(hours) from hours_entry where engagement_id = :id) as hours,
                       (select string_agg(fit::text, ',' order by id) from partnership_check_in where engagement_id = :id) as fits,
                       (select string_agg(satisfaction || '-' || would_recommend, ',' order by id) from close_out_answer where engagement_id = :id) as close_out,
                       (select string_agg(to_phase, ',' order by id) from phase_change where engagement_id = :id) as phases,
                       (select string_agg(name || before_value || after_value, ',' order by id) from impact_measure where engagement_id = :id) as measures,
                       (select string_agg(status, ',' order by id) from action_step where engagement_id = :id) as steps
                """.replace(":id", id.toString()));
    }

    /**
     * Every text column of every table where the marker appears, one statement per table. The outbox is looked at apart:
     * its calendar emails carry a session's or meeting's place, which is no content of the engagement's and which the
     * outbox's own retention (triad.notifications.retention) forgets.
     */
    private List<String> columnsHolding(String marker) {
        Map<String, List<String>> byTable = new LinkedHashMap<>();
        jdbc.queryForList("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and data_type in ('character varying', 'text', 'character')
                order by table_name, ordinal_position""")
                .forEach(c -> byTable.computeIfAbsent((String) c.get("table_name"), k -> new java.util.ArrayList<>())
                        .add((String) c.get("column_name")));
        List<String> found = new java.util.ArrayList<>();
        byTable.forEach((table, columns) -> {
            List<String> tests = new java.util.ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String column = table.equals("outbox_message")
                        ? "replace(replace(" + columns.get(i) + ", 'Meeting room " + marker + "', ''), 'Room " + marker
                                + "', '')"
                        : columns.get(i);
                tests.add("coalesce(bool_or(" + column + " like '%" + marker + "%'), false) as c" + i);
            }
            Map<String, Object> row = jdbc.queryForMap("select " + String.join(", ", tests) + " from " + table);
            for (int i = 0; i < columns.size(); i++) {
                if (Boolean.TRUE.equals(row.get("c" + i))) {
                    found.add(table + "." + columns.get(i));
                }
            }
        });
        return found;
    }

    /** The HTTP status of each of the engagement's pages, for each of its people and HR. */
    private Map<String, Integer> pageStatuses(Written w, User hr) throws Exception {
        String e = "/engagements/" + w.id();
        List<String> pages = List.of(
                e,
                e + "/plan",
                e + "/goals",
                e + "/goals/" + w.goalId(),
                e + "/sessions",
                e + "/sessions/" + w.sessionId(),
                e + "/hours",
                e + "/journal",
                e + "/assessments",
                e + "/assessments/" + w.assessmentId(),
                e + "/assessments/access-log",
                e + "/assessments/" + w.feedbackAssessmentId() + "/feedback",
                e + "/assessments/" + w.feedbackAssessmentId() + "/results",
                e + "/alignment",
                e + "/alignment/meetings/" + w.meetingId(),
                e + "/timeline",
                e + "/reports",
                e + "/intake",
                e + "/evaluation",
                e + "/close-out",
                e + "/coach-change");
        Map<String, Integer> statuses = new LinkedHashMap<>();
        Map<String, User> people = Map.of(
                "client",
                w.triad().client(),
                "coach",
                w.triad().coach(),
                "leader",
                w.triad().leader(),
                "hr",
                hr);
        for (Map.Entry<String, User> person : people.entrySet()) {
            CurrentUser principal = fixtures.principal(person.getValue());
            for (String page : pages) {
                statuses.put(
                        person.getKey() + " " + page,
                        mvc.perform(get(page).with(user(principal)))
                                .andReturn()
                                .getResponse()
                                .getStatus());
            }
        }
        return statuses;
    }
}
