package dev.triad.security;

import dev.triad.account.User;
import dev.triad.security.SecurityWorld.Content;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A participant of engagement A who uses the id of engagement B's object — a goal, action step, session, assessment
 * (and its report file), 360 request and rater, alignment meeting (and its checklist items), progress report,
 * partnership check-in, goal check-in, journal entry, impact measure or attendance alert — is refused (403 or 404), whether the id is in the
 * path under A's address, in the path under B's address, or in a form field of a form posted to A; and the database
 * is exactly as it was: every row of every table (but the HTTP sessions') is fingerprinted before and after.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrossEngagementIdsIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    SecurityWorld world;
    Triad a;
    Triad b;
    User hr;
    Content ofA;
    Content ofB;

    /** Made once: the refusals change nothing, and the test that acts on A's own objects runs last. */
    @BeforeAll
    void twoEngagementsWithEverything() {
        world = new SecurityWorld(context);
        a = world.fixtures.aTriad();
        b = world.fixtures.aTriad();
        hr = world.fixtures.hr();
        ofA = world.content(a).all();
        ofB = world.content(b).all();
    }

    User person(Actor actor) {
        return actor.in(a, hr);
    }

    /**
     * One request with an object of B: {@code path} has {@code {e}} for the engagement (A's, then B's: both are
     * tried) and {@code {...}} for B's objects by their names in {@link Content}.
     */
    record Attempt(String method, String path, Actor actor, String... params) {}

    static Attempt reading(String path, Actor actor) {
        return new Attempt("GET", path, actor);
    }

    static Attempt posting(String path, Actor actor, String... params) {
        return new Attempt("POST", path, actor, params);
    }

    /** The same action against A's own object, to show the actor may do it there (the attempt is not refused by accident). */
    List<Attempt> attemptsWithTheIdInThePath() {
        String today = LocalDate.now().toString();
        String inAWeek = LocalDate.now().plusDays(7).toString();
        return List.of(
                // goals
                reading("/engagements/{e}/goals/{goal}", Actor.CLIENT),
                reading("/engagements/{e}/goals/{goal}/edit", Actor.CLIENT),
                posting(
                        "/engagements/{e}/goals/{goal}/edit",
                        Actor.CLIENT,
                        "statement",
                        "Taken over",
                        "successMeasure",
                        "x",
                        "category",
                        "WORK",
                        "status",
                        "ACTIVE",
                        "visibility",
                        "SHARED",
                        "version",
                        "0"),
                posting("/engagements/{e}/goals/{goal}/check-ins", Actor.CLIENT, "measuredOn", today, "value", "9"),
                posting("/engagements/{e}/goals/{goal}/leader-input", Actor.LEADER, "text", "Taken over"),
                // goal check-ins corrected or deleted
                reading("/engagements/{e}/goals/{goal}/check-ins/{goalCheckIn}/edit", Actor.CLIENT),
                reading("/engagements/{e}/goals/{goal}/check-ins/{goalCheckIn}/delete", Actor.COACH),
                posting(
                        "/engagements/{e}/goals/{goal}/check-ins/{goalCheckIn}/edit",
                        Actor.CLIENT,
                        "measuredOn",
                        today,
                        "value",
                        "9",
                        "comment",
                        "Taken over",
                        "version",
                        "0"),
                posting("/engagements/{e}/goals/{goal}/check-ins/{goalCheckIn}/delete", Actor.COACH, "version", "0"),
                // action steps and their progress notes
                reading("/engagements/{e}/action-steps/{step}/edit", Actor.CLIENT),
                posting(
                        "/engagements/{e}/action-steps/{step}/edit",
                        Actor.CLIENT,
                        "description",
                        "Taken over",
                        "dueOn",
                        inAWeek,
                        "version",
                        "0"),
                posting("/engagements/{e}/action-steps/{step}/notes", Actor.CLIENT, "text", "Taken over"),
                posting("/engagements/{e}/action-steps/{step}/status", Actor.CLIENT, "status", "DONE"),
                // sessions and attendance alerts
                reading("/engagements/{e}/sessions/{session}", Actor.CLIENT),
                reading("/engagements/{e}/sessions/{session}/calendar.ics", Actor.CLIENT),
                reading("/engagements/{e}/sessions/{session}/cancel", Actor.CLIENT),
                reading("/engagements/{e}/sessions/{session}/move", Actor.CLIENT),
                posting("/engagements/{e}/sessions/{session}/agenda", Actor.CLIENT, "agenda", "Taken over"),
                posting("/engagements/{e}/sessions/{heldSession}/summary", Actor.COACH, "summary", "Taken over"),
                posting(
                        "/engagements/{e}/sessions/{heldSession}/private-note",
                        Actor.COACH,
                        "privateNote",
                        "Taken over"),
                posting(
                        "/engagements/{e}/sessions/{heldSession}/commitments",
                        Actor.COACH,
                        "commitments",
                        "Taken over",
                        "dueOn",
                        inAWeek),
                posting("/engagements/{e}/sessions/{pastSession}/held", Actor.COACH),
                posting("/engagements/{e}/sessions/{pastSession}/no-show", Actor.COACH),
                posting("/engagements/{e}/sessions/{session}/cancel", Actor.CLIENT, "reason", "Taken over"),
                posting(
                        "/engagements/{e}/sessions/{session}/move",
                        Actor.CLIENT,
                        "startsAt",
                        LocalDate.now().plusDays(9).atTime(10, 0).toString(),
                        "reason",
                        "Taken over"),
                posting("/engagements/{e}/sessions/alerts/{alert}/acknowledge", Actor.HR),
                // assessments, their scores and report files, sharing
                reading("/engagements/{e}/assessments/{assessment}", Actor.CLIENT),
                reading("/engagements/{e}/assessments/{assessment}/edit", Actor.CLIENT),
                reading("/engagements/{e}/assessments/{assessment}/scores", Actor.CLIENT),
                reading("/engagements/{e}/assessments/{assessment}/files/{file}", Actor.CLIENT),
                posting(
                        "/engagements/{e}/assessments/{assessment}/edit",
                        Actor.CLIENT,
                        "kind",
                        "PSYCHOMETRIC",
                        "title",
                        "Taken over",
                        "assessedOn",
                        today,
                        "summary",
                        "x",
                        "version",
                        "0"),
                posting("/engagements/{e}/assessments/{assessment}/scores", Actor.CLIENT, "scores", "Taken over; 1; 5"),
                posting("/engagements/{e}/assessments/{assessment}/files", Actor.CLIENT, "file", "upload"),
                posting("/engagements/{e}/assessments/{assessment}/files/{file}/delete", Actor.CLIENT),
                posting("/engagements/{e}/assessments/{assessment}/sharing", Actor.CLIENT, "sharing", "WHOLE"),
                // 360 requests and raters
                reading("/engagements/{e}/assessments/{request360}/feedback", Actor.CLIENT),
                reading("/engagements/{e}/assessments/{request360}/feedback/self", Actor.CLIENT),
                reading("/engagements/{e}/assessments/{request360}/results", Actor.CLIENT),
                posting(
                        "/engagements/{e}/assessments/{request360}/feedback/raters",
                        Actor.CLIENT,
                        "name",
                        "Taken Over",
                        "email",
                        "taken-over@test.triad",
                        "group",
                        "PEER"),
                posting("/engagements/{e}/assessments/{request360}/feedback/raters/{rater}/delete", Actor.CLIENT),
                posting("/engagements/{e}/assessments/{request360}/feedback/reminders", Actor.COACH),
                posting("/engagements/{e}/assessments/{request360}/feedback/close", Actor.CLIENT),
                posting("/engagements/{e}/assessments/{request360}/feedback/self", Actor.CLIENT, "action", "submit"),
                // alignment meetings
                reading("/engagements/{e}/alignment/meetings/{meeting}", Actor.CLIENT),
                reading("/engagements/{e}/alignment/meetings/{meeting}/calendar.ics", Actor.CLIENT),
                reading("/engagements/{e}/alignment/meetings/{meeting}/move", Actor.CLIENT),
                reading("/engagements/{e}/alignment/meetings/{meeting}/cancel", Actor.CLIENT),
                posting(
                        "/engagements/{e}/alignment/meetings/{meeting}/objectives",
                        Actor.CLIENT,
                        "objectives",
                        "Taken over"),
                posting("/engagements/{e}/alignment/meetings/{meeting}/checklist", Actor.COACH),
                posting(
                        "/engagements/{e}/alignment/meetings/{meeting}/leader-input",
                        Actor.COACH,
                        "topic",
                        "CONCERNS",
                        "text",
                        "Taken over"),
                posting(
                        "/engagements/{e}/alignment/meetings/{meeting}/outcome",
                        Actor.COACH,
                        "agreedGoals",
                        "Taken over",
                        "agreedMeasures",
                        "x",
                        "reportCadence",
                        "WEEKLY"),
                posting("/engagements/{e}/alignment/meetings/{meeting}/confirm", Actor.CLIENT),
                posting("/engagements/{e}/alignment/meetings/{meeting}/held", Actor.COACH),
                posting(
                        "/engagements/{e}/alignment/meetings/{meeting}/move",
                        Actor.CLIENT,
                        "startsAt",
                        LocalDate.now().plusDays(30).atTime(10, 0).toString(),
                        "minutes",
                        "60",
                        "reason",
                        "Taken over"),
                posting("/engagements/{e}/alignment/meetings/{meeting}/cancel", Actor.CLIENT, "reason", "Taken over"),
                // progress reports
                reading("/engagements/{e}/reports/{report}", Actor.CLIENT),
                reading("/engagements/{e}/reports/{draftReport}", Actor.CLIENT),
                posting(
                        "/engagements/{e}/reports/{draftReport}",
                        Actor.CLIENT,
                        "committed",
                        "Taken over",
                        "version",
                        "0",
                        "action",
                        "send"),
                // partnership check-ins
                reading("/engagements/{e}/check-ins/{checkIn}", Actor.CLIENT),
                posting(
                        "/engagements/{e}/check-ins/{checkIn}",
                        Actor.CLIENT,
                        "fit",
                        "1",
                        "whatShouldChange",
                        "Taken over"),
                // journal entries
                reading("/engagements/{e}/journal/{entry}", Actor.CLIENT),
                reading("/engagements/{e}/journal/{entry}/edit", Actor.CLIENT),
                posting(
                        "/engagements/{e}/journal/{entry}",
                        Actor.CLIENT,
                        "actionPlanReview",
                        "Taken over",
                        "version",
                        "0"),
                posting("/engagements/{e}/journal/{entry}/share", Actor.CLIENT, "shared", "false"),
                // impact measures
                reading("/engagements/{e}/impact-measures/{measure}/edit", Actor.COACH),
                posting(
                        "/engagements/{e}/impact-measures/{measure}",
                        Actor.COACH,
                        "name",
                        "Taken over",
                        "before",
                        "1",
                        "version",
                        "0"),
                posting("/engagements/{e}/impact-measures/{measure}/delete", Actor.COACH));
    }

    /** A's own child in the path, B's object in the ids beside it or in a form field. */
    List<Attempt> attemptsWithTheIdBesideIt() {
        String inAWeek = LocalDate.now().plusDays(7).toString();
        Long itemOfB = jdbc.queryForObject(
                "select min(id) from alignment_agenda_item where meeting_id = ?", Long.class, ofB.id("meeting"));
        return List.of(
                // a file or a rater of B's under A's own assessment or request
                reading(
                        "/engagements/" + a.id() + "/assessments/" + ofA.id("assessment") + "/files/{file}",
                        Actor.CLIENT),
                posting(
                        "/engagements/" + a.id() + "/assessments/" + ofA.id("assessment") + "/files/{file}/delete",
                        Actor.CLIENT),
                posting(
                        "/engagements/" + a.id() + "/assessments/" + ofA.id("request360")
                                + "/feedback/raters/{rater}/delete",
                        Actor.CLIENT),
                // B's check-in under A's own goal
                reading(
                        "/engagements/" + a.id() + "/goals/" + ofA.id("goal") + "/check-ins/{goalCheckIn}/edit",
                        Actor.CLIENT),
                posting(
                        "/engagements/" + a.id() + "/goals/" + ofA.id("goal") + "/check-ins/{goalCheckIn}/edit",
                        Actor.CLIENT,
                        "measuredOn",
                        LocalDate.now().toString(),
                        "value",
                        "9",
                        "version",
                        "0"),
                posting(
                        "/engagements/" + a.id() + "/goals/" + ofA.id("goal") + "/check-ins/{goalCheckIn}/delete",
                        Actor.COACH,
                        "version",
                        "0"),
                // B's goal as the goal an action step serves, a new one or A's own
                posting(
                        "/engagements/" + a.id() + "/action-steps",
                        Actor.CLIENT,
                        "description",
                        "Serve B",
                        "dueOn",
                        inAWeek,
                        "goalId",
                        "{goal}"),
                posting(
                        "/engagements/" + a.id() + "/action-steps/" + ofA.id("step") + "/edit",
                        Actor.CLIENT,
                        "description",
                        "Serve B",
                        "dueOn",
                        inAWeek,
                        "goalId",
                        "{goal}",
                        "version",
                        "0"),
                // B's goal as the goal the leader's feedback or the leader's words in a meeting are about
                posting(
                        "/engagements/" + a.id() + "/feedback",
                        Actor.LEADER,
                        "text",
                        "About B's goal",
                        "goalId",
                        "{goal}"),
                posting(
                        "/engagements/" + a.id() + "/alignment/meetings/" + ofA.id("meeting") + "/leader-input",
                        Actor.COACH,
                        "topic",
                        "GOAL",
                        "goalId",
                        "{goal}",
                        "text",
                        "About B's goal"),
                // B's meeting's checklist item in A's meeting's checklist
                posting(
                        "/engagements/" + a.id() + "/alignment/meetings/" + ofA.id("meeting") + "/checklist",
                        Actor.COACH,
                        "items[0].id",
                        String.valueOf(itemOfB),
                        "items[0].covered",
                        "true",
                        "items[0].notes",
                        "Taken over"));
    }

    String fill(String template, Content content) {
        String filled = template;
        for (String name : content.names()) {
            filled = filled.replace("{" + name + "}", String.valueOf(content.get(name)));
        }
        assertThat(filled)
                .as("every name in " + template + " is an object of the world")
                .doesNotContain("{");
        return filled;
    }

    MvcResult perform(Attempt attempt, String path, Function<String, String> values) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        boolean upload = false;
        for (int i = 0; i < attempt.params().length; i += 2) {
            upload |= attempt.params()[i].equals("file");
        }
        if (attempt.method().equals("GET")) {
            request = get(path);
        } else if (upload) {
            request = multipart(path)
                    .file(new MockMultipartFile("file", "taken-over.pdf", "application/pdf", SecurityWorld.PDF))
                    .with(csrf());
        } else {
            request = post(path).with(csrf());
        }
        for (int i = 0; i < attempt.params().length; i += 2) {
            if (!attempt.params()[i].equals("file")) {
                request.param(attempt.params()[i], values.apply(attempt.params()[i + 1]));
            }
        }
        return mvc.perform(request.with(user(world.as(person(attempt.actor())))))
                .andReturn();
    }

    /** The database as the last attempt left it (each attempt's "after" is the next one's "before"). */
    String lastFingerprint;

    void expectRefusedAndNothingChanged(
            Attempt attempt, String path, Function<String, String> values, List<String> wrong) throws Exception {
        String before = lastFingerprint != null ? lastFingerprint : fingerprint();
        MvcResult result = perform(attempt, path, values);
        int status = result.getResponse().getStatus();
        String after = fingerprint();
        lastFingerprint = after;
        String what = attempt.method() + " " + path + " as A's "
                + attempt.actor().name().toLowerCase();
        if (status != 403 && status != 404) {
            wrong.add(what + ": " + status + " " + result.getResponse().getHeader("Location"));
        }
        if (!before.equals(after)) {
            wrong.add(what + " changed " + changedTables(before, after));
        }
    }

    @Test
    @Order(1)
    void anotherEngagementsObjectIsRefusedUnderEitherAddressAndNothingChanges() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : attemptsWithTheIdInThePath()) {
            // HR administrators stand to every engagement: B's alert under B's address is theirs to acknowledge
            for (Long engagement : attempt.actor() == Actor.HR ? List.of(a.id()) : List.of(a.id(), b.id())) {
                String path = fill(attempt.path().replace("{e}", String.valueOf(engagement)), ofB);
                expectRefusedAndNothingChanged(attempt, path, v -> v, wrong);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @Order(2)
    void anotherEngagementsObjectBesideOrInsideAFormOfThisOneIsRefusedAndNothingChanges() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Attempt attempt : attemptsWithTheIdBesideIt()) {
            expectRefusedAndNothingChanged(attempt, fill(attempt.path(), ofB), v -> fill(v, ofB), wrong);
        }
        assertThat(wrong).isEmpty();
    }

    /** The same attempts against A's own objects are not refused: the refusals above are about B's ids, not the requests. */
    @Test
    @Order(4)
    void theSameRequestsWithThisEngagementsOwnObjectsAreNotRefused() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Attempt> all = new ArrayList<>(attemptsWithTheIdInThePath());
        for (Attempt attempt : all) {
            String path = fill(attempt.path().replace("{e}", String.valueOf(a.id())), ofA);
            int status = perform(attempt, path, v -> v).getResponse().getStatus();
            if (status == 403 || status == 404 || status >= 500) {
                wrong.add(attempt.method() + " " + path + " as A's "
                        + attempt.actor().name().toLowerCase() + ": " + status);
            }
        }
        assertThat(wrong).isEmpty();
    }

    String fingerprint() {
        return DatabaseFingerprint.of(jdbc);
    }

    static List<String> changedTables(String before, String after) {
        return DatabaseFingerprint.changedTables(before, after);
    }

    @Test
    @Order(3)
    void theFingerprintSeesAChange() {
        String before = fingerprint();
        jdbc.update("update goal set statement = statement || '.' where id = ?", ofB.id("goal"));
        String after = fingerprint();
        lastFingerprint = null;
        assertThat(changedTables(before, after)).containsExactly("goal");
    }
}
