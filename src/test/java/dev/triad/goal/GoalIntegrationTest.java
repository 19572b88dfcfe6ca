package dev.triad.goal;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementAccess;
import dev.triad.engagement.EngagementService;
import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.engagement.Participation;
import dev.triad.programme.CoachingType;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals, check-ins and leader input through the web: who may see and do what (client, coach,
 * leader, HR, people of another engagement), the form messages, and escaping.
 */
@IntegrationTest
class GoalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    GoalService goals;

    @Autowired
    EngagementService engagements;

    Triad a;
    Triad b;
    User hr;
    Goal shared;
    Goal personal;
    Goal ofB;

    @BeforeEach
    void twoEngagementsWithGoals() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
        shared = goal(a, "Shared goal " + a.id(), GoalVisibility.SHARED, true);
        personal = goal(a, "Private goal " + a.id(), GoalVisibility.PRIVATE, true);
        ofB = goal(b, "Goal of B " + b.id(), GoalVisibility.SHARED, true);
    }

    Goal goal(Triad t, String statement, GoalVisibility visibility, boolean metric) {
        return goals.create(
                t.id(),
                new GoalDetails(
                        statement,
                        "Success for " + statement,
                        GoalCategory.WORK,
                        metric ? "hours a week" : null,
                        metric ? new BigDecimal("2") : null,
                        metric ? new BigDecimal("12") : null,
                        GoalStatus.ACTIVE,
                        visibility),
                principal(t.coach()));
    }

    CurrentUser principal(User user) {
        return fixtures.principal(user);
    }

    String goalUrl(Triad t, Goal goal) {
        return "/engagements/" + t.id() + "/goals/" + goal.getId();
    }

    /** A valid goal form, with any field replaced by {@code overrides} (name, value, …). */
    MockHttpServletRequestBuilder goalForm(String url, User who, String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("statement", "Lead the weekly meeting without taking over");
        fields.put("successMeasure", "The team brings the decisions");
        fields.put("category", "WORK");
        fields.put("status", "ACTIVE");
        fields.put("visibility", "SHARED");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post(url).with(fixtures.as(who)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    MockHttpServletRequestBuilder checkIn(Triad t, Goal goal, User who, String date, String value) {
        return post(goalUrl(t, goal) + "/check-ins")
                .with(fixtures.as(who))
                .with(csrf())
                .param("measuredOn", date)
                .param("value", value)
                .param("comment", "weekly count");
    }

    String checkInUrl(Triad t, Goal goal, Long checkInId) {
        return goalUrl(t, goal) + "/check-ins/" + checkInId;
    }

    GoalCheckIn recorded(Triad t, Goal goal, String value) {
        return goals.checkIn(
                t.id(), goal.getId(), LocalDate.now(), new BigDecimal(value), "as recorded", principal(t.client()));
    }

    MockHttpServletRequestBuilder editCheckIn(
            Triad t, Goal goal, Long checkInId, User who, String date, String value, long version) {
        return post(checkInUrl(t, goal, checkInId) + "/edit")
                .with(fixtures.as(who))
                .with(csrf())
                .param("measuredOn", date)
                .param("value", value)
                .param("comment", "corrected")
                .param("version", String.valueOf(version));
    }

    MockHttpServletRequestBuilder deleteCheckIn(Triad t, Goal goal, Long checkInId, User who, long version) {
        return post(checkInUrl(t, goal, checkInId) + "/delete")
                .with(fixtures.as(who))
                .with(csrf())
                .param("version", String.valueOf(version));
    }

    /** The stored values of a goal's check-ins, as client and coach read them. */
    java.util.List<String> storedValues(Triad t, Goal goal) {
        return goals.page(t.id(), goal.getId(), principal(t.coach())).checkIns().stream()
                .map(GoalCheckIn::getValueText)
                .toList();
    }

    MockHttpServletRequestBuilder leaderInput(Triad t, Goal goal, User who, String text) {
        return post(goalUrl(t, goal) + "/leader-input")
                .with(fixtures.as(who))
                .with(csrf())
                .param("text", text);
    }

    // ---- client and coach -------------------------------------------------------------------

    @Test
    void clientAndCoachSeeEveryGoalOfTheirEngagementAndNoneOfAnother() throws Exception {
        for (User participant : new User[] {a.client(), a.coach()}) {
            mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(
                            Page.texts(".goal-item strong", hasItems(shared.getStatement(), personal.getStatement())))
                    .andExpect(content()
                            .string(allOf(containsString("New goal"), not(containsString(ofB.getStatement())))));
            mvc.perform(get(goalUrl(a, personal)).with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(Page.text("h1.goal-statement", is(personal.getStatement())))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Edit goal"),
                                    containsString("Record a check-in"),
                                    containsString("Action steps for this goal"),
                                    not(containsString("Add my input")))));
        }
    }

    @Test
    void theClientCreatesAGoalAndFindsItInTheList() throws Exception {
        String url = "/engagements/" + a.id() + "/goals";
        mvc.perform(get(url + "/new").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What success looks like")));
        mvc.perform(goalForm(
                        url,
                        a.client(),
                        "statement",
                        "Sleep seven hours",
                        "category",
                        "HEALTH",
                        "metricUnit",
                        "hours a night",
                        "metricBaseline",
                        "5.5",
                        "metricTarget",
                        "7",
                        "visibility",
                        "PRIVATE"))
                .andExpect(redirectedUrlPattern(url + "/*"));
        mvc.perform(get(url).with(fixtures.as(a.coach())))
                .andExpect(Page.texts(
                        ".goal-item",
                        hasItem(allOf(containsString("Sleep seven hours"), containsString("5.5 → 7 hours a night")))));
    }

    @Test
    void theClientAndTheCoachEditAGoalAndAStaleEditKeepsTheTextWithAClearMessage() throws Exception {
        String edit = goalUrl(a, personal) + "/edit";
        mvc.perform(get(edit).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.value("#statement", is(personal.getStatement())));
        mvc.perform(goalForm(edit, a.coach(), "statement", "Edited by the coach", "version", "0"))
                .andExpect(redirectedUrl(goalUrl(a, personal)));
        // The client filled in the form from version 0 as well.
        mvc.perform(goalForm(edit, a.client(), "statement", "The clients own wording", "version", "0"))
                .andExpect(status().isConflict())
                .andExpect(Page.text("#conflict h2", is("Someone else saved this goal after you opened it")))
                .andExpect(Page.texts("#conflict .stale-edit-stored", hasItem("Edited by the coach")))
                .andExpect(Page.value("#statement", is("The clients own wording")));
        // Saving again, from the version the conflict page carried, goes through.
        mvc.perform(goalForm(edit, a.client(), "statement", "The clients own wording", "version", "1"))
                .andExpect(redirectedUrl(goalUrl(a, personal)));
        mvc.perform(get(goalUrl(a, personal)).with(fixtures.as(a.coach())))
                .andExpect(Page.text("h1.goal-statement", is("The clients own wording")));
    }

    @Test
    void theNewGoalFormPreselectsSharedExceptInPerformanceCoaching() throws Exception {
        String aligned = mvc.perform(get("/engagements/{id}/goals/new", a.id()).with(fixtures.as(a.coach())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(checkedVisibility(aligned)).isEqualTo("SHARED");

        Engagement performance = engagements.create(new NewEngagement(
                a.client().getEmail(),
                a.leader().getEmail(),
                fixtures.programme().getId(),
                CoachingType.PERFORMANCE,
                null,
                null,
                LocalDate.now(),
                LocalDate.now().plusMonths(3),
                null));
        String personalForm = mvc.perform(
                        get("/engagements/{id}/goals/new", performance.getId()).with(fixtures.as(a.client())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(checkedVisibility(personalForm)).isEqualTo("PRIVATE");
    }

    static String checkedVisibility(String html) {
        Matcher inputs = Pattern.compile("<input[^>]*name=\"visibility\"[^>]*>").matcher(html);
        String checked = null;
        while (inputs.find()) {
            String input = inputs.group();
            if (input.contains("checked")) {
                Matcher value = Pattern.compile("value=\"([A-Z]+)\"").matcher(input);
                assertThat(value.find()).isTrue();
                assertThat(checked).as("only one visibility is checked").isNull();
                checked = value.group(1);
            }
        }
        return checked;
    }

    @Test
    void checkInsDrawTheProgressAndTheChartData() throws Exception {
        String today = LocalDate.now().toString();
        mvc.perform(checkIn(a, shared, a.client(), today, "7"))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#check-ins"));
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.text(".goal-progress .progress-percent", is("50 %")))
                .andExpect(Page.count(".goal-progress .progress-bar.pct-50", is(1)))
                .andExpect(Page.attr(
                        "canvas#goal-chart",
                        "data-points",
                        startsWith("[{\"x\":" + LocalDate.now().toEpochDay() + ",\"y\":7,")))
                .andExpect(Page.attr(
                        "canvas#goal-chart",
                        "data-axis",
                        startsWith("{\"min\":" + (LocalDate.now().toEpochDay() - 3) + ",")))
                .andExpect(Page.attr("canvas#goal-chart", "data-baseline", is("2")))
                .andExpect(Page.attr("canvas#goal-chart", "data-target", is("12")))
                .andExpect(Page.texts("tr.check-in td.text-prewrap", contains("weekly count")))
                .andExpect(content()
                        .string(allOf(containsString("chart.umd.min.js"), containsString("/js/goal-chart.js"))));
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(a.client())))
                .andExpect(Page.texts(".goal-item", hasItem(containsString("50 %"))));
    }

    // ---- correcting check-ins -----------------------------------------------------------------

    @Test
    void theClientAndTheCoachCorrectAndDeleteACheckInAndTheProgressFollows() throws Exception {
        GoalCheckIn typo = recorded(a, shared, "7");
        String today = LocalDate.now().toString();
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.client())))
                .andExpect(Page.count("[data-test=edit-check-in-" + typo.getId() + "]", is(1)))
                .andExpect(Page.count("[data-test=delete-check-in-" + typo.getId() + "]", is(1)));
        mvc.perform(get(checkInUrl(a, shared, typo.getId()) + "/edit").with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.value("input#value", is("7")));
        mvc.perform(editCheckIn(a, shared, typo.getId(), a.coach(), today, "12", 0))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#check-ins"));
        assertThat(storedValues(a, shared)).containsExactly("12");
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.client())))
                .andExpect(Page.count(".goal-progress .progress-bar.pct-100", is(1)));

        mvc.perform(editCheckIn(a, shared, typo.getId(), a.client(), today, "4.5", 1))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#check-ins"));
        assertThat(storedValues(a, shared)).containsExactly("4.5");

        mvc.perform(get(checkInUrl(a, shared, typo.getId()) + "/delete").with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("[data-test=confirm-delete-check-in]", is(1)));
        mvc.perform(deleteCheckIn(a, shared, typo.getId(), a.client(), 2))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#check-ins"));
        assertThat(storedValues(a, shared)).isEmpty();
        GoalCheckIn another = recorded(a, shared, "3");
        mvc.perform(deleteCheckIn(a, shared, another.getId(), a.coach(), 0))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#check-ins"));
        assertThat(storedValues(a, shared)).isEmpty();
    }

    @Test
    void theLeaderAndHrCannotCorrectACheckInAndAPrivateGoalsCheckInIsNotFoundForTheLeader() throws Exception {
        GoalCheckIn onShared = recorded(a, shared, "7");
        GoalCheckIn onPrivate = recorded(a, personal, "5");
        String today = LocalDate.now().toString();
        for (User refused : new User[] {a.leader(), hr}) {
            mvc.perform(get(checkInUrl(a, shared, onShared.getId()) + "/edit").with(fixtures.as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(checkInUrl(a, shared, onShared.getId()) + "/delete").with(fixtures.as(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(editCheckIn(a, shared, onShared.getId(), refused, today, "1", 0))
                    .andExpect(status().isForbidden());
            mvc.perform(editCheckIn(a, shared, onShared.getId(), refused, "bad", "x", 0))
                    .andExpect(status().isForbidden());
            mvc.perform(deleteCheckIn(a, shared, onShared.getId(), refused, 0)).andExpect(status().isForbidden());
        }
        mvc.perform(get(checkInUrl(a, personal, onPrivate.getId()) + "/edit").with(fixtures.as(a.leader())))
                .andExpect(status().isNotFound());
        mvc.perform(editCheckIn(a, personal, onPrivate.getId(), a.leader(), today, "1", 0))
                .andExpect(status().isNotFound());
        mvc.perform(deleteCheckIn(a, personal, onPrivate.getId(), a.leader(), 0))
                .andExpect(status().isNotFound());
        mvc.perform(editCheckIn(a, personal, 987654321L, a.leader(), today, "1", 0))
                .andExpect(status().isNotFound());
        for (User outsider : new User[] {b.client(), b.coach(), b.leader()}) {
            mvc.perform(get(checkInUrl(a, shared, onShared.getId()) + "/edit").with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(editCheckIn(a, shared, onShared.getId(), outsider, today, "1", 0))
                    .andExpect(status().isNotFound());
            mvc.perform(deleteCheckIn(a, shared, onShared.getId(), outsider, 0)).andExpect(status().isNotFound());
        }
        assertThat(storedValues(a, shared)).containsExactly("7");
        assertThat(storedValues(a, personal)).containsExactly("5");
    }

    @Test
    void aCheckInOfAnotherEngagementOrAnotherGoalIsNotFoundUnderThisAddressAndStaysAsItWas() throws Exception {
        GoalCheckIn ofBsGoal =
                goals.checkIn(b.id(), ofB.getId(), LocalDate.now(), new BigDecimal("6"), null, principal(b.client()));
        GoalCheckIn onPrivate = recorded(a, personal, "5");
        String today = LocalDate.now().toString();
        // b's check-in id under a's goal, and under b's goal id in a's address
        for (String url : new String[] {
            checkInUrl(a, shared, ofBsGoal.getId()),
            "/engagements/" + a.id() + "/goals/" + ofB.getId() + "/check-ins/" + ofBsGoal.getId(),
            checkInUrl(a, shared, onPrivate.getId())
        }) {
            mvc.perform(get(url + "/edit").with(fixtures.as(a.coach()))).andExpect(status().isNotFound());
            mvc.perform(get(url + "/delete").with(fixtures.as(a.client()))).andExpect(status().isNotFound());
            mvc.perform(post(url + "/edit")
                            .with(fixtures.as(a.client()))
                            .with(csrf())
                            .param("measuredOn", today)
                            .param("value", "1")
                            .param("version", "0"))
                    .andExpect(status().isNotFound());
            mvc.perform(post(url + "/delete")
                            .with(fixtures.as(a.coach()))
                            .with(csrf())
                            .param("version", "0"))
                    .andExpect(status().isNotFound());
        }
        assertThat(storedValues(b, ofB)).containsExactly("6");
        assertThat(storedValues(a, personal)).containsExactly("5");
    }

    @Test
    void aValueFarOutsideTheGoalsRangeIsRefusedBesideTheFieldWhenRecordedAndWhenCorrected() throws Exception {
        String today = LocalDate.now().toString();
        // baseline 2, target 12: a span of 10, so values from 2 - 1000 to 12 + 1000 are taken
        mvc.perform(checkIn(a, shared, a.client(), today, "-999999999999"))
                .andExpect(status().isOk())
                .andExpect(Page.text("#value-error", containsString("between -998 and 1012")));
        mvc.perform(checkIn(a, shared, a.client(), today, "1012.001"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#value-error", is(1)));
        assertThat(storedValues(a, shared)).isEmpty();
        mvc.perform(checkIn(a, shared, a.client(), today, "-998")).andExpect(status().is3xxRedirection());
        mvc.perform(checkIn(a, shared, a.client(), today, "1012")).andExpect(status().is3xxRedirection());
        assertThat(storedValues(a, shared)).containsExactly("-998", "1012");

        GoalCheckIn checkIn = recorded(a, personal, "5");
        mvc.perform(editCheckIn(a, personal, checkIn.getId(), a.coach(), today, "-999999999999", 0))
                .andExpect(status().isOk())
                .andExpect(Page.count("#value-error", is(1)))
                .andExpect(Page.value("input#value", is("-999999999999")));
        assertThat(storedValues(a, personal)).containsExactly("5");
    }

    @Test
    void aGoalHoldingALevelTakesValuesWithinOneHundredTimesTheLevelAndAGoalWithoutMetricTakesNone() throws Exception {
        Goal level = goals.create(
                a.id(),
                new GoalDetails(
                        "Keep the team at 8",
                        "Eight people",
                        GoalCategory.WORK,
                        "people",
                        new BigDecimal("8"),
                        new BigDecimal("8"),
                        GoalStatus.ACTIVE,
                        GoalVisibility.SHARED),
                principal(a.coach()));
        String today = LocalDate.now().toString();
        mvc.perform(checkIn(a, level, a.client(), today, "809"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("between -792 and 808")));
        mvc.perform(checkIn(a, level, a.client(), today, "7")).andExpect(status().is3xxRedirection());
        // a goal whose metric was taken away keeps its check-ins, which can be deleted but not changed
        GoalCheckIn kept = recorded(a, personal, "5");
        goals.update(
                a.id(),
                personal.getId(),
                personal.getVersion(),
                new GoalDetails(
                        personal.getStatement(),
                        "No metric now",
                        GoalCategory.WORK,
                        null,
                        null,
                        null,
                        GoalStatus.ACTIVE,
                        GoalVisibility.PRIVATE),
                principal(a.client()));
        mvc.perform(editCheckIn(a, personal, kept.getId(), a.client(), today, "6", 0))
                .andExpect(status().isOk())
                .andExpect(Page.count("#value-error", is(1)));
        assertThat(storedValues(a, personal)).containsExactly("5");
        mvc.perform(deleteCheckIn(a, personal, kept.getId(), a.client(), 0)).andExpect(status().is3xxRedirection());
        assertThat(storedValues(a, personal)).isEmpty();
    }

    @Test
    void aStaleCheckInCorrectionKeepsWhatWasTypedWithA409AndAStaleDeleteChangesNothing() throws Exception {
        GoalCheckIn checkIn = recorded(a, shared, "7");
        String today = LocalDate.now().toString();
        mvc.perform(editCheckIn(a, shared, checkIn.getId(), a.coach(), today, "8", 0))
                .andExpect(status().is3xxRedirection());
        // the client opened the form on version 0 too
        mvc.perform(editCheckIn(a, shared, checkIn.getId(), a.client(), today, "9.25", 0))
                .andExpect(status().isConflict())
                .andExpect(Page.count("#conflict", is(1)))
                .andExpect(Page.value("input#value", is("9.25")))
                .andExpect(Page.value("input[name=version]", is("1")));
        assertThat(storedValues(a, shared)).containsExactly("8");
        mvc.perform(deleteCheckIn(a, shared, checkIn.getId(), a.client(), 0)).andExpect(status().isConflict());
        assertThat(storedValues(a, shared)).containsExactly("8");
        mvc.perform(editCheckIn(a, shared, checkIn.getId(), a.client(), today, "9.25", 1))
                .andExpect(status().is3xxRedirection());
        assertThat(storedValues(a, shared)).containsExactly("9.25");
    }

    @Test
    void theCheckInCorrectionFormRefusesBadInputBesideTheField() throws Exception {
        GoalCheckIn checkIn = recorded(a, shared, "7");
        mvc.perform(editCheckIn(
                        a,
                        shared,
                        checkIn.getId(),
                        a.client(),
                        LocalDate.now().plusDays(1).toString(),
                        "5",
                        0))
                .andExpect(status().isOk())
                .andExpect(Page.count("#measuredOn-error", is(1)));
        mvc.perform(editCheckIn(
                        a, shared, checkIn.getId(), a.client(), LocalDate.now().toString(), "five", 0))
                .andExpect(status().isOk())
                .andExpect(Page.count("#value-error", is(1)));
        mvc.perform(post(checkInUrl(a, shared, checkIn.getId()) + "/edit")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("measuredOn", LocalDate.now().toString())
                        .param("value", "5"))
                .andExpect(status().isConflict());
        assertThat(storedValues(a, shared)).containsExactly("7");
    }

    // ---- validation --------------------------------------------------------------------------

    @Test
    void aGoalWithoutAStatementOrWithHugeTextIsRefusedWithMessagesBesideTheFields() throws Exception {
        String url = "/engagements/" + a.id() + "/goals";
        mvc.perform(goalForm(url, a.client(), "statement", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write the goal")));
        mvc.perform(goalForm(url, a.client(), "statement", "x".repeat(5000), "successMeasure", "y".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Use at most 300 characters"),
                                containsString("Use at most 2000 characters"))));
        mvc.perform(goalForm(url, a.client(), "metricUnit", "km", "metricBaseline", "lots", "metricTarget", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number, such as 12 or 3.5")));
        mvc.perform(goalForm(url, a.client(), "metricUnit", "km", "metricTarget", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter where the metric starts")));
        mvc.perform(goalForm(url, a.client(), "statement", "with a NUL \u0000 inside", "category", "NOT_A_CATEGORY"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Use letters, digits and punctuation only"),
                                containsString("Choose one of the options"))));
        mvc.perform(get(url).with(fixtures.as(a.client())))
                .andExpect(content().string(not(containsString("Lead the weekly meeting"))));
    }

    @Test
    void aCheckInInTheFutureBeforeTheStartOrWithoutANumberIsRefusedBesideTheField() throws Exception {
        mvc.perform(checkIn(a, shared, a.client(), LocalDate.now().plusDays(1).toString(), "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be in the future")));
        mvc.perform(checkIn(
                        a,
                        shared,
                        a.client(),
                        a.engagement().getStartsOn().minusDays(1).toString(),
                        "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The date cannot be before the engagement started")));
        mvc.perform(checkIn(a, shared, a.client(), LocalDate.now().toString(), "five"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a number, such as 12 or 3.5")))
                .andExpect(Page.value("input#value", is("five")));
        mvc.perform(checkIn(a, shared, a.client(), "next tuesday", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a date, such as")));
        mvc.perform(checkIn(a, shared, a.client(), LocalDate.now().toString(), "1e40"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at most 12 digits")));
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.client())))
                .andExpect(content().string(containsString("No check-ins yet")));
    }

    @Test
    void scriptsInGoalsAreShownAsText() throws Exception {
        Goal scripted = goal(a, "<script>alert('goal')</script>", GoalVisibility.SHARED, false);
        goals.addLeaderInput(a.id(), scripted.getId(), "<img src=x onerror=alert(1)>", principal(a.leader()));
        for (String url : new String[] {
            goalUrl(a, scripted), "/engagements/" + a.id() + "/goals", "/engagements/" + a.id() + "/plan"
        }) {
            mvc.perform(get(url).with(fixtures.as(a.client())))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("&lt;script&gt;alert(&#39;goal&#39;)&lt;/script&gt;"),
                                    not(containsString("<script>alert")),
                                    not(containsString("<img src=x")))));
        }
    }

    // ---- the leader ----------------------------------------------------------------------------

    @Test
    void theLeaderSeesOnlySharedGoalsReadOnly() throws Exception {
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(".goal-item strong", hasItem(shared.getStatement())))
                .andExpect(content()
                        .string(allOf(not(containsString(personal.getStatement())), not(containsString("New goal")))));
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.leader())))
                .andExpect(status().isOk())
                .andExpect(Page.text("h1.goal-statement", is(shared.getStatement())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Add my input"),
                                not(containsString("Record a check-in")),
                                not(containsString("Edit goal")),
                                not(containsString("Action steps for this goal")))));
        mvc.perform(get(goalUrl(a, personal)).with(fixtures.as(a.leader()))).andExpect(status().isNotFound());
    }

    @Test
    void theLeaderCannotCheckInEditOrCreateGoals() throws Exception {
        mvc.perform(checkIn(a, shared, a.leader(), LocalDate.now().toString(), "5"))
                .andExpect(status().isForbidden());
        mvc.perform(checkIn(a, shared, a.leader(), "bad date", "five")).andExpect(status().isForbidden());
        mvc.perform(get(goalUrl(a, shared) + "/edit").with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(goalForm(goalUrl(a, shared) + "/edit", a.leader())).andExpect(status().isForbidden());
        mvc.perform(goalForm(goalUrl(a, shared) + "/edit", a.leader(), "statement", ""))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/goals/new", a.id()).with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(goalForm("/engagements/" + a.id() + "/goals", a.leader())).andExpect(status().isForbidden());
        assertThat(goals.page(a.id(), shared.getId(), principal(a.client())).checkIns())
                .isEmpty();
    }

    @Test
    void theLeaderGivesInputOnASharedGoalWhichClientAndCoachSeeAsTheLeadersWords() throws Exception {
        mvc.perform(leaderInput(a, shared, a.leader(), "I expect the team to run two meetings a month alone"))
                .andExpect(redirectedUrl(goalUrl(a, shared) + "#leader-input"));
        for (User participant : new User[] {a.client(), a.coach(), a.leader()}) {
            mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(participant)))
                    .andExpect(Page.texts(
                            "figure.leader-input",
                            hasItem(allOf(
                                    containsString("I expect the team to run two meetings a month alone"),
                                    containsString(a.leader().getFullName() + ", ")))));
        }
    }

    @Test
    void onlyTheLeaderGivesLeaderInputAndOnlyOnSharedGoals() throws Exception {
        mvc.perform(leaderInput(a, personal, a.leader(), "Input on a private goal"))
                .andExpect(status().isNotFound());
        mvc.perform(leaderInput(a, shared, a.client(), "The client posing as the leader"))
                .andExpect(status().isForbidden());
        mvc.perform(leaderInput(a, shared, a.coach(), "The coach posing as the leader"))
                .andExpect(status().isForbidden());
        mvc.perform(leaderInput(a, shared, hr, "HR posing as the leader")).andExpect(status().isForbidden());
        mvc.perform(leaderInput(a, shared, a.leader(), " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write your input")));
        mvc.perform(leaderInput(a, shared, a.leader(), "z".repeat(5000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 2000 characters")));
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.coach())))
                .andExpect(content()
                        .string(allOf(containsString("No input from the leader yet"), not(containsString("posing")))));
    }

    @Test
    void aGoalSwitchedBackToPrivateDisappearsForTheLeader() throws Exception {
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.leader()))).andExpect(status().isOk());
        mvc.perform(goalForm(
                        goalUrl(a, shared) + "/edit",
                        a.client(),
                        "statement",
                        shared.getStatement(),
                        "visibility",
                        "PRIVATE",
                        "version",
                        String.valueOf(shared.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(a.leader()))).andExpect(status().isNotFound());
        mvc.perform(leaderInput(a, shared, a.leader(), "Too late")).andExpect(status().isNotFound());
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(a.leader())))
                .andExpect(content().string(not(containsString(shared.getStatement()))));
    }

    @Test
    void theLeaderSeesTheGoalsTabButNotTheActionPlanTab() throws Exception {
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(a.leader())))
                .andExpect(content()
                        .string(allOf(
                                containsString("/engagements/" + a.id() + "/goals\""),
                                not(containsString("/engagements/" + a.id() + "/plan\"")))));
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(a.client())))
                .andExpect(content()
                        .string(allOf(
                                containsString("/engagements/" + a.id() + "/goals\""),
                                containsString("/engagements/" + a.id() + "/plan\""))));
    }

    // ---- HR and outsiders ----------------------------------------------------------------------

    @Test
    void hrSeesNoGoalContentAtAll() throws Exception {
        mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(hr)))
                .andExpect(status().isForbidden());
        mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(hr))).andExpect(status().isForbidden());
        mvc.perform(get(goalUrl(a, shared) + "/edit").with(fixtures.as(hr))).andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/goals/new", a.id()).with(fixtures.as(hr)))
                .andExpect(status().isForbidden());
        mvc.perform(goalForm("/engagements/" + a.id() + "/goals", hr)).andExpect(status().isForbidden());
        mvc.perform(goalForm(goalUrl(a, shared) + "/edit", hr)).andExpect(status().isForbidden());
        mvc.perform(checkIn(a, shared, hr, LocalDate.now().toString(), "5")).andExpect(status().isForbidden());
        // The engagement tabs show the goals and the plan only where access allows them; HR's never does.
        EngagementAccess hrAccess = new EngagementAccess(a.engagement(), EnumSet.of(Participation.HR));
        assertThat(hrAccess.allows("SHARED_GOALS")).isFalse();
        assertThat(hrAccess.allows("ACTION_STEPS")).isFalse();
    }

    @Test
    void peopleOfAnotherEngagementAreToldNothingExists() throws Exception {
        for (User outsider : new User[] {b.client(), b.coach(), b.leader()}) {
            mvc.perform(get("/engagements/{id}/goals", a.id()).with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(goalUrl(a, shared)).with(fixtures.as(outsider))).andExpect(status().isNotFound());
            mvc.perform(get(goalUrl(a, shared) + "/edit").with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/engagements/{id}/goals/new", a.id()).with(fixtures.as(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(goalForm("/engagements/" + a.id() + "/goals", outsider)).andExpect(status().isNotFound());
            mvc.perform(goalForm(goalUrl(a, shared) + "/edit", outsider)).andExpect(status().isNotFound());
            mvc.perform(checkIn(a, shared, outsider, LocalDate.now().toString(), "5"))
                    .andExpect(status().isNotFound());
            mvc.perform(leaderInput(a, shared, outsider, "From outside")).andExpect(status().isNotFound());
        }
        assertThat(goals.page(a.id(), shared.getId(), principal(a.client())).leaderInput())
                .isEmpty();
    }

    @Test
    void aGoalOfAnotherEngagementIsNotFoundUnderThisEngagementsAddress() throws Exception {
        String foreign = "/engagements/" + a.id() + "/goals/" + ofB.getId();
        mvc.perform(get(foreign).with(fixtures.as(a.coach()))).andExpect(status().isNotFound());
        mvc.perform(get(foreign).with(fixtures.as(a.leader()))).andExpect(status().isNotFound());
        mvc.perform(get(foreign + "/edit").with(fixtures.as(a.client()))).andExpect(status().isNotFound());
        mvc.perform(goalForm(foreign + "/edit", a.client(), "statement", "Hijacked"))
                .andExpect(status().isNotFound());
        mvc.perform(post(foreign + "/check-ins")
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("measuredOn", LocalDate.now().toString())
                        .param("value", "3"))
                .andExpect(status().isNotFound());
        mvc.perform(post(foreign + "/leader-input")
                        .with(fixtures.as(a.leader()))
                        .with(csrf())
                        .param("text", "Hijacked"))
                .andExpect(status().isNotFound());
        GoalPage untouched = goals.page(b.id(), ofB.getId(), principal(b.coach()));
        assertThat(untouched.goal().getStatement()).isEqualTo(ofB.getStatement());
        assertThat(untouched.checkIns()).isEmpty();
        assertThat(untouched.leaderInput()).isEmpty();
        mvc.perform(get("/engagements/{id}/goals/not-a-number", a.id()).with(fixtures.as(a.coach())))
                .andExpect(status().isBadRequest());
    }
}
