package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Action steps and the action plan through the web: the client's fieldwork, its notes and statuses
 * (with and without htmx), who may see and do what, and the session module's entry point.
 */
@IntegrationTest
class ActionStepIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Autowired
    ActionStepService steps;

    @Autowired
    SessionService sessions;

    Triad a;
    Triad b;
    User hr;
    Goal goal;
    ActionStep step;
    ActionStep stepOfB;

    @BeforeEach
    void twoEngagementsWithSteps() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
        goal = goals.create(
                a.id(),
                new GoalDetails(
                        "Delegate the budget review " + a.id(),
                        "Team runs it",
                        GoalCategory.WORK,
                        "reviews led by the team",
                        BigDecimal.ZERO,
                        new BigDecimal("4"),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                principal(a.coach()));
        step = steps.add(
                a.id(),
                goal.getId(),
                "Ask Sam to chair the review " + a.id(),
                LocalDate.now().plusDays(7),
                principal(a.client()));
        stepOfB = steps.add(b.id(), null, "Step of B " + b.id(), LocalDate.now().plusDays(7), principal(b.client()));
    }

    CurrentUser principal(User user) {
        return fixtures.principal(user);
    }

    String plan(Triad t) {
        return "/engagements/" + t.id() + "/plan";
    }

    String stepUrl(Triad t, ActionStep s) {
        return "/engagements/" + t.id() + "/action-steps/" + s.getId();
    }

    MockHttpServletRequestBuilder note(Triad t, ActionStep s, User who, String text) {
        return post(stepUrl(t, s) + "/notes")
                .with(fixtures.as(who))
                .with(csrf())
                .param("text", text);
    }

    MockHttpServletRequestBuilder changeStatus(Triad t, ActionStep s, User who, String status) {
        return post(stepUrl(t, s) + "/status")
                .with(fixtures.as(who))
                .with(csrf())
                .param("status", status);
    }

    MockHttpServletRequestBuilder newStep(Triad t, User who, String description, String dueOn, Long goalId) {
        MockHttpServletRequestBuilder request = post("/engagements/" + t.id() + "/action-steps")
                .with(fixtures.as(who))
                .with(csrf())
                .param("description", description)
                .param("dueOn", dueOn);
        return goalId == null ? request : request.param("goalId", goalId.toString());
    }

    MockHttpServletRequestBuilder editStep(Triad t, ActionStep s, User who, String description, long version) {
        return post(stepUrl(t, s) + "/edit")
                .with(fixtures.as(who))
                .with(csrf())
                .param("description", description)
                .param("dueOn", LocalDate.now().plusDays(3).toString())
                .param("version", String.valueOf(version));
    }

    // ---- the plan --------------------------------------------------------------------------

    @Test
    void clientAndCoachSeeThePlanWithGoalsProgressAndSteps() throws Exception {
        goals.checkIn(a.id(), goal.getId(), LocalDate.now(), new BigDecimal("1"), null, principal(a.client()));
        steps.add(
                a.id(),
                null,
                "Block an hour a week for reflection",
                LocalDate.now().plusDays(2),
                principal(a.coach()));
        Goal dropped = goals.create(
                a.id(),
                new GoalDetails(
                        "A goal given up",
                        "n/a",
                        GoalCategory.PERSONAL,
                        null,
                        null,
                        null,
                        GoalStatus.DROPPED,
                        GoalVisibility.PRIVATE),
                principal(a.client()));
        for (User participant : new User[] {a.client(), a.coach()}) {
            mvc.perform(get(plan(a)).with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(Page.texts(
                            ".plan-goal",
                            hasItem(allOf(
                                    containsString(goal.getStatement()),
                                    containsString("Team runs it"),
                                    containsString("25 %")))))
                    .andExpect(Page.texts(
                            ".step-description",
                            hasItems(step.getDescription(), "Block an hour a week for reflection")))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Steps not tied to a goal"),
                                    containsString("data-print"),
                                    containsString("/js/plan.js"),
                                    not(containsString(dropped.getStatement())),
                                    not(containsString(stepOfB.getDescription())))));
        }
    }

    @Test
    void anEmptyPlanSaysWhatToDoFirst() throws Exception {
        Triad empty = fixtures.aTriad();
        mvc.perform(get(plan(empty)).with(fixtures.as(empty.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing in the plan yet")));
    }

    @Test
    void anOverdueStepStandsOut() throws Exception {
        ActionStep late =
                steps.add(a.id(), null, "Send the late report", LocalDate.now().minusDays(2), principal(a.coach()));
        String html = mvc.perform(get(plan(a)).with(fixtures.as(a.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(articleOf(html, late)).contains("step-overdue").contains("Overdue");
        assertThat(articleOf(html, step)).doesNotContain("step-overdue").doesNotContain("Overdue");
        assertThat(html).contains("1 overdue");
        steps.changeStatus(a.id(), late.getId(), ActionStepStatus.DONE, principal(a.client()));
        html = mvc.perform(get(plan(a)).with(fixtures.as(a.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(articleOf(html, late)).doesNotContain("Overdue");
    }

    /** The HTML of one step's article on a page. */
    static String articleOf(String html, ActionStep s) {
        int start = html.indexOf("id=\"step-" + s.getId() + "\"");
        assertThat(start).as("step %s is on the page", s.getId()).isPositive();
        int open = html.lastIndexOf("<article", start);
        return html.substring(open, html.indexOf("</article>", start));
    }

    // ---- notes and statuses ----------------------------------------------------------------

    @Test
    void theClientLogsANoteWithHtmxAndGetsOnlyTheStepBack() throws Exception {
        mvc.perform(note(a, step, a.client(), "Sam said yes").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                startsWith("<article"), not(containsString("<nav")), not(containsString("<html")))))
                .andExpect(Page.texts(
                        "article#step-" + step.getId() + " .step-note",
                        hasItem(allOf(
                                containsString("Sam said yes"),
                                containsString(a.client().getFullName())))))
                .andExpect(Page.count(
                        "article#step-" + step.getId() + " [hx-post=/engagements/" + a.id() + "/action-steps/"
                                + step.getId() + "/notes]",
                        greaterThan(0)));
        mvc.perform(get(plan(a)).with(fixtures.as(a.coach())))
                .andExpect(Page.texts(".step-note", hasItem(containsString("Sam said yes"))));
    }

    @Test
    void withoutJavaScriptANoteIsAFormPostAndARedirectBackToThePlanOrTheGoal() throws Exception {
        mvc.perform(note(a, step, a.client(), "Booked the room"))
                .andExpect(redirectedUrl(plan(a) + "#step-" + step.getId()))
                .andExpect(flash().attribute("message", "Progress note logged."));
        mvc.perform(note(a, step, a.coach(), "Coach: well done").param("back", "goal"))
                .andExpect(
                        redirectedUrl("/engagements/" + a.id() + "/goals/" + goal.getId() + "#step-" + step.getId()));
        mvc.perform(get(plan(a)).with(fixtures.as(a.client())))
                .andExpect(Page.texts(
                        ".step-note", hasItems(containsString("Booked the room"), containsString("Coach: well done"))));
    }

    @Test
    void aBlankOrHugeNoteIsRefusedBesideTheStepsNoteField() throws Exception {
        mvc.perform(note(a, step, a.client(), "  ").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Write what moved"), containsString("is-invalid"))));
        mvc.perform(note(a, step, a.client(), "n".repeat(5000)).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 1000 characters")));
        // Without JavaScript the message comes back to the plan, next to the same step.
        mvc.perform(note(a, step, a.client(), " "))
                .andExpect(redirectedUrl(plan(a) + "#step-" + step.getId()))
                .andExpect(flash().attributeExists("noteError"));
        assertThat(steps.stepView(a.id(), step.getId(), principal(a.client())).notes())
                .isEmpty();
    }

    @Test
    void theClientCompletesAStepWithHtmxAndCanReopenIt() throws Exception {
        mvc.perform(changeStatus(a, step, a.client(), "done").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(startsWith("<article"), not(containsString("Mark done")))))
                .andExpect(Page.text("article.step-done .step-status", is("Done")))
                .andExpect(Page.texts("article.step-done button", hasItem("Reopen")));
        assertThat(steps.stepView(a.id(), step.getId(), principal(a.coach()))
                        .step()
                        .getStatus())
                .isEqualTo(ActionStepStatus.DONE);
        mvc.perform(changeStatus(a, step, a.coach(), "OPEN"))
                .andExpect(redirectedUrl(plan(a) + "#step-" + step.getId()))
                .andExpect(flash().attribute("message", "Step reopened."));
        mvc.perform(changeStatus(a, step, a.client(), "dropped").header("HX-Request", "true"))
                .andExpect(Page.text("article.action-step .step-status", is("Dropped")));
        mvc.perform(changeStatus(a, step, a.client(), "finished")).andExpect(status().isBadRequest());
    }

    @Test
    void changingAStepsStatusWithHtmxAlsoSendsThePlansCountOfOpenAndOverdueStepsOutOfBand() throws Exception {
        ActionStep late = steps.add(
                a.id(), null, "Send the reading list " + a.id(), LocalDate.now().minusDays(1), principal(a.coach()));
        mvc.perform(get(plan(a)).with(fixtures.as(a.client())))
                .andExpect(Page.count("#open-step-count[data-open=2][data-overdue=1]", is(1)));
        mvc.perform(changeStatus(a, late, a.client(), "DONE")
                        .param("back", "plan")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<article")))
                .andExpect(Page.count("article.step-done", is(1)))
                .andExpect(Page.count("#open-step-count[data-open=1][data-overdue=0][hx-swap-oob=true]", is(1)));
        mvc.perform(changeStatus(a, late, a.client(), "OPEN")
                        .param("back", "plan")
                        .header("HX-Request", "true"))
                .andExpect(Page.count("#open-step-count[data-open=2][data-overdue=1][hx-swap-oob=true]", is(1)));
        mvc.perform(changeStatus(a, step, a.coach(), "DROPPED")
                        .param("back", "plan")
                        .header("HX-Request", "true"))
                .andExpect(Page.count("#open-step-count[data-open=1][data-overdue=1][hx-swap-oob=true]", is(1)));
        // the goal page shows no count: nothing to swap there
        mvc.perform(changeStatus(a, step, a.coach(), "OPEN")
                        .param("back", "goal")
                        .header("HX-Request", "true"))
                .andExpect(content().string(allOf(startsWith("<article"), not(containsString("open-step-count")))));
    }

    // ---- adding and editing steps ----------------------------------------------------------

    @Test
    void clientAndCoachAddStepsForAGoalOrForTheEngagement() throws Exception {
        mvc.perform(get("/engagements/{id}/action-steps/new", a.id())
                        .param("goalId", goal.getId().toString())
                        .with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New action step")))
                .andExpect(Page.selected("select#goalId", goal.getId().toString()))
                .andExpect(Page.texts("select#goalId option[selected]", contains(goal.getStatement())));
        mvc.perform(newStep(
                        a,
                        a.client(),
                        "Write to the three peers",
                        LocalDate.now().plusDays(5).toString(),
                        goal.getId()))
                .andExpect(redirectedUrl(plan(a)));
        mvc.perform(newStep(
                                a,
                                a.coach(),
                                "Read the chapter on feedback",
                                LocalDate.now().plusDays(5).toString(),
                                null)
                        .param("back", "goal"))
                .andExpect(redirectedUrl(plan(a)));
        mvc.perform(get("/engagements/{id}/goals/{gid}", a.id(), goal.getId()).with(fixtures.as(a.coach())))
                .andExpect(Page.texts(".step-description", hasItem("Write to the three peers")))
                .andExpect(content().string(not(containsString("Read the chapter on feedback"))));
        mvc.perform(get(plan(a)).with(fixtures.as(a.client())))
                .andExpect(Page.texts(".step-description", hasItem("Read the chapter on feedback")));
    }

    @Test
    void aStepWithoutDescriptionWithHugeTextOrABadDateIsRefusedBesideTheField() throws Exception {
        String due = LocalDate.now().plusDays(5).toString();
        mvc.perform(newStep(a, a.client(), " ", due, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Describe the step")));
        mvc.perform(newStep(a, a.client(), "d".repeat(5000), due, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 500 characters")));
        mvc.perform(newStep(a, a.client(), "A step", "someday", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date, such as")));
        mvc.perform(newStep(a, a.client(), "A step", "3026-01-01", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use a date between the years 2000 and 2100")));
        mvc.perform(newStep(a, a.client(), "A step", "", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the due date")));
    }

    @Test
    void aStaleStepEditKeepsTheTextWithAClearMessage() throws Exception {
        mvc.perform(get(stepUrl(a, step) + "/edit").with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.value("#description", is(step.getDescription())));
        mvc.perform(editStep(a, step, a.coach(), "Coach rewording", 0)).andExpect(redirectedUrl(plan(a)));
        mvc.perform(editStep(a, step, a.client(), "Client rewording", 0))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this action step after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-typed", hasItem("Client rewording")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Coach rewording")));
    }

    @Test
    void scriptsInStepsAndNotesAreShownAsText() throws Exception {
        ActionStep scripted = steps.add(
                a.id(), null, "<script>alert('step')</script>", LocalDate.now().plusDays(1), principal(a.client()));
        steps.addNote(a.id(), scripted.getId(), "<b onmouseover=alert(1)>note</b>", principal(a.client()));
        mvc.perform(get(plan(a)).with(fixtures.as(a.coach())))
                .andExpect(content()
                        .string(allOf(
                                containsString("&lt;script&gt;alert(&#39;step&#39;)&lt;/script&gt;"),
                                containsString("&lt;b onmouseover=alert(1)&gt;note&lt;/b&gt;"),
                                not(containsString("<script>alert")),
                                not(containsString("<b onmouseover")))));
    }

    // ---- who may ---------------------------------------------------------------------------

    @Test
    void theLeaderAndHrSeeNoStepsAndCannotTouchThem() throws Exception {
        for (User forbidden : new User[] {a.leader(), hr}) {
            mvc.perform(get(plan(a)).with(fixtures.as(forbidden))).andExpect(status().isForbidden());
            mvc.perform(get("/engagements/{id}/action-steps/new", a.id()).with(fixtures.as(forbidden)))
                    .andExpect(status().isForbidden());
            mvc.perform(newStep(a, forbidden, "Sneaky step", LocalDate.now().toString(), null))
                    .andExpect(status().isForbidden());
            mvc.perform(newStep(a, forbidden, "", "", null)).andExpect(status().isForbidden());
            mvc.perform(get(stepUrl(a, step) + "/edit").with(fixtures.as(forbidden)))
                    .andExpect(status().isForbidden());
            mvc.perform(editStep(a, step, forbidden, "Sneaky", 0)).andExpect(status().isForbidden());
            mvc.perform(note(a, step, forbidden, "Sneaky note")).andExpect(status().isForbidden());
            mvc.perform(note(a, step, forbidden, "").header("HX-Request", "true"))
                    .andExpect(status().isForbidden());
            mvc.perform(changeStatus(a, step, forbidden, "DONE")).andExpect(status().isForbidden());
        }
        StepView untouched = steps.stepView(a.id(), step.getId(), principal(a.client()));
        assertThat(untouched.notes()).isEmpty();
        assertThat(untouched.step().getStatus()).isEqualTo(ActionStepStatus.OPEN);
        mvc.perform(get("/engagements/{id}/goals/{gid}", a.id(), goal.getId()).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(step.getDescription()))));
    }

    @Test
    void peopleOfAnotherEngagementAreToldNothingExists() throws Exception {
        for (User outsider : new User[] {b.client(), b.coach(), b.leader()}) {
            mvc.perform(get(plan(a)).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get("/engagements/{id}/action-steps/new", a.id()).with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(newStep(a, outsider, "Sneaky step", LocalDate.now().toString(), null))
                    .andExpect(status().isNotFound());
            mvc.perform(get(stepUrl(a, step) + "/edit").with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(editStep(a, step, outsider, "Sneaky", 0)).andExpect(status().isNotFound());
            mvc.perform(note(a, step, outsider, "Sneaky note")).andExpect(status().isNotFound());
            mvc.perform(changeStatus(a, step, outsider, "DONE")).andExpect(status().isNotFound());
        }
        assertThat(steps.stepView(a.id(), step.getId(), principal(a.client())).notes())
                .isEmpty();
    }

    @Test
    void aStepOrGoalOfAnotherEngagementIsNotFoundUnderThisEngagementsAddress() throws Exception {
        String foreign = "/engagements/" + a.id() + "/action-steps/" + stepOfB.getId();
        mvc.perform(post(foreign + "/notes")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("text", "Hijack"))
                .andExpect(status().isNotFound());
        mvc.perform(post(foreign + "/notes")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("text", "Hijack")
                        .header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post(foreign + "/status")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("status", "DONE"))
                .andExpect(status().isNotFound());
        mvc.perform(get(foreign + "/edit").with(fixtures.as(a.coach()))).andExpect(status().isNotFound());
        mvc.perform(post(foreign + "/edit")
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("description", "Hijack")
                        .param("dueOn", LocalDate.now().toString()))
                .andExpect(status().isNotFound());
        Goal goalOfB = goals.create(
                b.id(),
                new GoalDetails(
                        "B's goal",
                        "B",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                principal(b.client()));
        mvc.perform(newStep(a, a.client(), "Tied to B's goal", LocalDate.now().toString(), goalOfB.getId()))
                .andExpect(status().isNotFound());
        StepView untouched = steps.stepView(b.id(), stepOfB.getId(), principal(b.client()));
        assertThat(untouched.notes()).isEmpty();
        assertThat(untouched.step().getStatus()).isEqualTo(ActionStepStatus.OPEN);
        assertThat(untouched.step().getDescription()).isEqualTo(stepOfB.getDescription());
    }

    // ---- the session module's entry point -------------------------------------------------

    @Test
    void aSessionsCommitmentsBecomeOpenStepsOfTheClient() {
        Long sessionId = fixtures.sessionThatBegan(
                        a.id(),
                        LocalDateTime.now().minusHours(1).truncatedTo(ChronoUnit.MINUTES),
                        60,
                        SessionFormat.VIDEO,
                        null,
                        principal(a.coach()))
                .getId();
        List<ActionStep> created = steps.addCommitments(
                a.id(),
                sessionId,
                Arrays.asList("Talk to Sam", " ", null, "  Draft the memo "),
                LocalDate.now().plusDays(14),
                principal(a.coach()));
        assertThat(created).extracting(ActionStep::getDescription).containsExactly("Talk to Sam", "Draft the memo");
        assertThat(created).allSatisfy(s -> {
            assertThat(s.getStatus()).isEqualTo(ActionStepStatus.OPEN);
            assertThat(s.getSessionId()).isEqualTo(sessionId);
            assertThat(s.getEngagementId()).isEqualTo(a.id());
            assertThat(s.getGoalId()).isNull();
        });
        assertThat(steps.stepsFromSession(a.id(), sessionId, principal(a.client())))
                .extracting(ActionStep::getDescription)
                .containsExactlyInAnyOrder("Talk to Sam", "Draft the memo");
        assertThat(steps.stepsFromSession(a.id(), sessionId + 1000, principal(a.coach())))
                .isEmpty();
        assertThat(steps.stepsFromSession(b.id(), sessionId, principal(b.coach())))
                .isEmpty();
    }

    @Test
    void onlyTheEngagementsCoachRecordsCommitments() {
        List<String> one = List.of("Talk to Sam");
        LocalDate due = LocalDate.now().plusDays(7);
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, one, due, principal(a.client())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, one, due, principal(a.leader())))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, one, due, principal(hr)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, one, due, principal(b.coach())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, one, null, principal(a.coach())))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("dueOn");
        assertThatThrownBy(() -> steps.addCommitments(a.id(), 1L, List.of("x".repeat(501)), due, principal(a.coach())))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("description");
        assertThat(steps.stepsFromSession(a.id(), 1L, principal(a.coach()))).isEmpty();
        assertThatThrownBy(() -> steps.stepsFromSession(a.id(), 1L, principal(a.leader())))
                .isInstanceOf(ForbiddenException.class);
    }
}
