package dev.triad.security;

import dev.triad.account.User;
import dev.triad.security.SecurityWorld.Content;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Something of one's own engagement that one may not see answers exactly like something that does not exist: every
 * form that takes an id (in the path or in a field), posted by a participant of engagement A (or HR) with the id of
 * an object of A hidden from them — a private goal to the leader, an unshared assessment, its file, an unshared 360
 * and its rater, the client's journal entries, the client's draft report, sessions, action steps, check-ins, impact
 * measures — gets the same status, the same page (or the same redirect and flash message) as the same form with a
 * made-up id, and the database is exactly as it was.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenIdsIntegrationTest {

    /** An id no object of any kind has. */
    static final String MADE_UP = "987654321098";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    SecurityWorld world;
    Triad a;
    User hr;
    Content ofA;

    @BeforeAll
    void anEngagementWithEverything() {
        world = new SecurityWorld(context);
        a = world.fixtures.aTriad();
        hr = world.fixtures.hr();
        ofA = world.content(a).all();
    }

    User person(Actor actor) {
        return actor.in(a, hr);
    }

    /**
     * A form posted by {@code actors} with {@code {hidden}} (in the path or a parameter) standing for A's object
     * {@code hidden}; other {@code {names}} are A's objects the actor may see or not, as in {@link Content}.
     */
    record Attempt(String path, String hidden, List<Actor> actors, String... params) {}

    static Attempt hiding(String hidden, List<Actor> from, String path, String... params) {
        return new Attempt(path, hidden, from, params);
    }

    static final List<Actor> LEADER_AND_HR = List.of(Actor.LEADER, Actor.HR);
    static final List<Actor> ALL_BUT_CLIENT = List.of(Actor.COACH, Actor.LEADER, Actor.HR);
    static final List<Actor> ALL = List.of(Actor.CLIENT, Actor.COACH, Actor.LEADER, Actor.HR);

    List<Attempt> attempts() {
        String today = LocalDate.now().toString();
        String inAWeek = LocalDate.now().plusDays(7).toString();
        String e = "/engagements/" + a.id();
        return List.of(
                // a private goal: the leader's feedback and input, action steps, check-ins, edits
                hiding(
                        "privateGoal",
                        LEADER_AND_HR,
                        e + "/feedback",
                        "text",
                        "About a hidden goal",
                        "goalId",
                        "{hidden}"),
                hiding("privateGoal", LEADER_AND_HR, e + "/goals/{hidden}/leader-input", "text", "About a hidden goal"),
                hiding(
                        "privateGoal",
                        LEADER_AND_HR,
                        e + "/goals/{hidden}/check-ins",
                        "measuredOn",
                        today,
                        "value",
                        "9"),
                hiding(
                        "privateGoal",
                        LEADER_AND_HR,
                        e + "/goals/{hidden}/edit",
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
                hiding(
                        "privateGoal",
                        LEADER_AND_HR,
                        e + "/action-steps",
                        "description",
                        "Serve it",
                        "dueOn",
                        inAWeek,
                        "goalId",
                        "{hidden}"),
                hiding(
                        "privateGoal",
                        LEADER_AND_HR,
                        e + "/alignment/meetings/{meeting}/leader-input",
                        "topic",
                        "GOAL",
                        "goalId",
                        "{hidden}",
                        "text",
                        "About a hidden goal"),
                hiding("goal", List.of(Actor.HR), e + "/feedback", "text", "About a goal", "goalId", "{hidden}"),
                hiding("goal", List.of(Actor.HR), e + "/goals/{hidden}/leader-input", "text", "About a goal"),
                // action steps
                hiding(
                        "step",
                        LEADER_AND_HR,
                        e + "/action-steps/{hidden}/edit",
                        "description",
                        "Taken over",
                        "dueOn",
                        inAWeek,
                        "version",
                        "0"),
                hiding("step", LEADER_AND_HR, e + "/action-steps/{hidden}/notes", "text", "Taken over"),
                hiding("step", LEADER_AND_HR, e + "/action-steps/{hidden}/status", "status", "DONE"),
                // sessions the leader may not open
                hiding("session", LEADER_AND_HR, e + "/sessions/{hidden}/agenda", "agenda", "Taken over"),
                hiding("session", LEADER_AND_HR, e + "/sessions/{hidden}/cancel", "reason", "Taken over"),
                hiding(
                        "session",
                        LEADER_AND_HR,
                        e + "/sessions/{hidden}/move",
                        "startsAt",
                        LocalDate.now().plusDays(9).atTime(10, 0).toString(),
                        "reason",
                        "Taken over"),
                hiding("heldSession", LEADER_AND_HR, e + "/sessions/{hidden}/summary", "summary", "Taken over"),
                hiding(
                        "heldSession",
                        List.of(Actor.CLIENT, Actor.LEADER, Actor.HR),
                        e + "/sessions/{hidden}/private-note",
                        "privateNote",
                        "Taken over"),
                hiding(
                        "heldSession",
                        LEADER_AND_HR,
                        e + "/sessions/{hidden}/commitments",
                        "commitments",
                        "Taken over",
                        "dueOn",
                        inAWeek),
                hiding("pastSession", LEADER_AND_HR, e + "/sessions/{hidden}/held"),
                hiding("pastSession", LEADER_AND_HR, e + "/sessions/{hidden}/no-show"),
                // an unshared assessment, its file and scores; an unshared 360 and its rater
                hiding(
                        "assessment",
                        LEADER_AND_HR,
                        e + "/assessments/{hidden}/edit",
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
                hiding("assessment", LEADER_AND_HR, e + "/assessments/{hidden}/scores", "scores", "Taken over; 1; 5"),
                hiding("assessment", LEADER_AND_HR, e + "/assessments/{hidden}/files", "file", "upload"),
                hiding("assessment", LEADER_AND_HR, e + "/assessments/{hidden}/sharing", "sharing", "WHOLE"),
                hiding("file", LEADER_AND_HR, e + "/assessments/{assessment}/files/{hidden}/delete"),
                hiding(
                        "request360",
                        LEADER_AND_HR,
                        e + "/assessments/{hidden}/feedback/raters",
                        "name",
                        "Taken Over",
                        "email",
                        "taken-over@test.triad",
                        "group",
                        "PEER"),
                hiding("request360", LEADER_AND_HR, e + "/assessments/{hidden}/feedback/reminders"),
                hiding("request360", LEADER_AND_HR, e + "/assessments/{hidden}/feedback/close"),
                hiding("request360", LEADER_AND_HR, e + "/assessments/{hidden}/feedback/self", "action", "submit"),
                hiding("rater", LEADER_AND_HR, e + "/assessments/{request360}/feedback/raters/{hidden}/delete"),
                hiding("rater", LEADER_AND_HR, e + "/assessments/{request360}/feedback/raters/{hidden}/invitation"),
                // the client's journal: an entry shared with the coach, and a private one
                hiding(
                        "entry",
                        LEADER_AND_HR,
                        e + "/journal/{hidden}",
                        "actionPlanReview",
                        "Taken over",
                        "version",
                        "0"),
                hiding("entry", LEADER_AND_HR, e + "/journal/{hidden}/share", "shared", "false"),
                hiding(
                        "privateEntry",
                        ALL_BUT_CLIENT,
                        e + "/journal/{hidden}",
                        "actionPlanReview",
                        "Taken over",
                        "version",
                        "0"),
                hiding("privateEntry", ALL_BUT_CLIENT, e + "/journal/{hidden}/share", "shared", "true"),
                // the client's draft progress report
                hiding(
                        "draftReport",
                        ALL_BUT_CLIENT,
                        e + "/reports/{hidden}",
                        "committed",
                        "Taken over",
                        "version",
                        "0",
                        "action",
                        "send"),
                // the client's partnership check-in (the coach reads it: not hidden from them)
                hiding(
                        "checkIn",
                        LEADER_AND_HR,
                        e + "/check-ins/{hidden}",
                        "fit",
                        "1",
                        "whatShouldChange",
                        "Taken over"),
                // impact measures (the client's and the coach's)
                hiding(
                        "measure",
                        LEADER_AND_HR,
                        e + "/impact-measures/{hidden}",
                        "name",
                        "Taken over",
                        "before",
                        "1",
                        "version",
                        "0"),
                hiding("measure", LEADER_AND_HR, e + "/impact-measures/{hidden}/delete"),
                // alignment meetings and their checklist items: not HR's
                hiding(
                        "meeting",
                        List.of(Actor.HR),
                        e + "/alignment/meetings/{hidden}/objectives",
                        "objectives",
                        "Taken over"),
                hiding("meeting", List.of(Actor.HR), e + "/alignment/meetings/{hidden}/checklist"),
                hiding(
                        "meeting",
                        List.of(Actor.HR),
                        e + "/alignment/meetings/{hidden}/outcome",
                        "agreedGoals",
                        "Taken over",
                        "agreedMeasures",
                        "x",
                        "reportCadence",
                        "WEEKLY"),
                hiding("meeting", List.of(Actor.HR), e + "/alignment/meetings/{hidden}/confirm"),
                hiding("meeting", List.of(Actor.HR), e + "/alignment/meetings/{hidden}/cancel", "reason", "Taken over"),
                hiding(
                        "meeting",
                        LEADER_AND_HR,
                        e + "/alignment/meetings/{meeting}/checklist",
                        "items[0].id",
                        "{item}",
                        "items[0].covered",
                        "true",
                        "items[0].notes",
                        "Taken over"),
                // HR's acknowledgement of an attendance alert
                hiding(
                        "alert",
                        List.of(Actor.CLIENT, Actor.COACH, Actor.LEADER),
                        e + "/sessions/alerts/{hidden}/acknowledge"));
    }

    String fill(String template, String hiddenId) {
        String filled = template.replace("{hidden}", hiddenId);
        if (filled.contains("{item}")) {
            // a checklist item of A's meeting; the made-up "meeting" stands for a made-up item here
            filled = filled.replace(
                    "{item}",
                    hiddenId.equals(MADE_UP)
                            ? MADE_UP
                            : String.valueOf(jdbc.queryForObject(
                                    "select min(id) from alignment_agenda_item where meeting_id = ?",
                                    Long.class,
                                    ofA.id("meeting"))));
        }
        for (String name : ofA.names()) {
            filled = filled.replace("{" + name + "}", String.valueOf(ofA.get(name)));
        }
        assertThat(filled)
                .as("every name in " + template + " is an object of the world")
                .doesNotContain("{");
        return filled;
    }

    MvcResult perform(Attempt attempt, Actor actor, String hiddenId) throws Exception {
        String path = fill(attempt.path(), hiddenId);
        boolean upload = false;
        for (int i = 0; i < attempt.params().length; i += 2) {
            upload |= attempt.params()[i].equals("file");
        }
        AbstractMockHttpServletRequestBuilder<?> request = upload
                ? multipart(path)
                        .file(new MockMultipartFile("file", "taken-over.pdf", "application/pdf", SecurityWorld.PDF))
                        .with(csrf())
                : post(path).with(csrf());
        for (int i = 0; i < attempt.params().length; i += 2) {
            if (!attempt.params()[i].equals("file")) {
                request.param(attempt.params()[i], fill(attempt.params()[i + 1], hiddenId));
            }
        }
        return mvc.perform(request.with(user(world.as(person(actor))))).andReturn();
    }

    /** What a response tells: its status, where it sends one, the flash message and the page, with the id taken out. */
    static String answer(MvcResult result, String id) throws Exception {
        Map<String, Object> flash = new TreeMap<>(result.getFlashMap());
        String page = result.getResponse()
                .getContentAsString()
                .replace(id, "{id}")
                .replaceAll("[A-Za-z0-9_-]{40,}", "{token}");
        String location = result.getResponse().getHeader("Location");
        return result.getResponse().getStatus() + " " + (location == null ? "" : location.replace(id, "{id}")) + " "
                + flash.toString().replace(id, "{id}") + "\n" + page;
    }

    @Test
    void anIdOfThisEngagementHiddenFromMeIsAnsweredLikeAMadeUpOneAndNothingChanges() throws Exception {
        List<String> wrong = new ArrayList<>();
        String before = DatabaseFingerprint.of(jdbc);
        for (Attempt attempt : attempts()) {
            String hiddenId = String.valueOf(ofA.id(attempt.hidden()));
            for (Actor actor : attempt.actors()) {
                String what = "POST " + attempt.path() + " as A's "
                        + actor.name().toLowerCase() + " with the " + attempt.hidden();
                String hidden = answer(perform(attempt, actor, hiddenId), hiddenId);
                String madeUp = answer(perform(attempt, actor, MADE_UP), MADE_UP);
                if (!hidden.equals(madeUp)) {
                    wrong.add(what + ": " + hidden.substring(0, hidden.indexOf('\n')) + " where a made-up id gets "
                            + madeUp.substring(0, madeUp.indexOf('\n'))
                            + (hidden.startsWith(madeUp.substring(0, 3)) ? " (another page)" : ""));
                }
                String after = DatabaseFingerprint.of(jdbc);
                if (!before.equals(after)) {
                    wrong.add(what + " changed " + DatabaseFingerprint.changedTables(before, after));
                    before = after;
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
