package dev.triad.security;

import dev.triad.account.User;
import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.engagement.PhaseService;
import dev.triad.security.HostileInputIntegrationTest.Route;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A closed engagement is read-only (DOMAIN.md). Every POST route of an engagement, read from Spring MVC's handler
 * mappings, is posted on a closed engagement by the person who may otherwise use it, with the valid values of
 * {@link HostileInputIntegrationTest}'s table (the records it names made while the engagement was open): the answer
 * is the "This engagement is closed" page and no row of the database changes, but for the few acts a closed
 * engagement still takes (the close-out survey). A new route is covered without touching this test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedEngagementIsReadOnlyIntegrationTest {

    /**
     * What a closed engagement still takes, by route (HR's erasure lives under /retention, the data download is a read).
     * Withdrawing a share also passes, but only when it takes something back: the table's valid values widen a share,
     * so those routes are refused here (see {@link #theClientCanStillWithdrawAShareOnAClosedEngagementButNotWidenOne}).
     */
    private static final Set<String> STILL_TAKEN = Set.of("/engagements/{id}/close-out");
    /** Writes to an engagement that come without its id in the address: a rater's answer through their link. */
    private static final Set<String> WITHOUT_THE_ID = Set.of("/feedback/{token}");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;

    private final Map<String, Route> table = new HostileInputIntegrationTest().routes;
    private User hr;
    private Scene people;

    private Scene freshScene() {
        if (hr == null) {
            hr = fixtures.hr();
            people = new Scene(context, hr);
        }
        return new Scene(context, hr, people);
    }

    /** Closed as its coach closes it: ended early, with the reason, through the phase move every close goes through. */
    private void close(Scene scene) {
        String phase = jdbc.queryForObject("select phase from engagement where id = ?", String.class, scene.id());
        if (!Phase.CLOSED.name().equals(phase)) {
            context.getBean(PhaseService.class)
                    .move(
                            scene.id(),
                            new PhaseMove(null, Phase.CLOSED, Closure.TERMINATED, "The client left the company"),
                            scene.as(scene.coach()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPostRouteOfAClosedEngagementIsRefusedAndChangesNothing() {
        return engagementPostRoutes().stream()
                .map(pattern -> DynamicTest.dynamicTest(pattern, () -> {
                    Route route = table.get(pattern);
                    assertThat(route)
                            .as(pattern + " has no row in HostileInputIntegrationTest's table: add one")
                            .isNotNull();
                    Scene scene = freshScene();
                    Object[] vars = route.vars.apply(scene);
                    Map<String, String> params = route.valid.apply(scene);
                    close(scene);
                    User actor = route.actor.apply(scene);

                    String before = fingerprint();
                    MvcResult result = send(pattern, vars, params, actor, scene);
                    String after = fingerprint();

                    int status = result.getResponse().getStatus();
                    if (STILL_TAKEN.contains(pattern)) {
                        assertThat(status)
                                .as(pattern + " still takes its answer")
                                .isEqualTo(302);
                        assertThat(changedTables(before, after))
                                .as(pattern + " stored its answer")
                                .isNotEmpty();
                        return;
                    }
                    if (pattern.startsWith("/engagements/{id}/")) {
                        assertThat(status)
                                .as(pattern + " → " + result.getResponse().getRedirectedUrl())
                                .isEqualTo(409);
                        assertThat(result.getResponse().getContentAsString()).contains("id=\"engagement-closed\"");
                    } else {
                        assertThat(status)
                                .as(pattern + " (a link into a closed engagement)")
                                .isIn(404, 409, 410);
                    }
                    assertThat(changedTables(before, after))
                            .as(pattern + " changed the database")
                            .isEmpty();
                }));
    }

    private MvcResult send(String pattern, Object[] vars, Map<String, String> params, User actor, Scene scene)
            throws Exception {
        MockHttpServletRequestBuilder request = post(pattern, vars).with(csrf());
        params.forEach(request::param);
        if (actor != null) {
            request.with(user(scene.as(actor)));
        }
        return mvc.perform(request).andReturn();
    }

    /** The engagement 33: closed, past retention, erased; its coach can add nothing, so "already erased" stays true. */
    @Test
    void anErasedEngagementTakesNoNewContentAndItsErasureStaysTrue() throws Exception {
        Scene scene = freshScene();
        close(scene);
        jdbc.update(
                "update phase_change set moved_at = now() - interval '4 years' where engagement_id = ? and to_phase = 'CLOSED'",
                scene.id());
        int erased = mvc.perform(post("/retention/engagements/{id}/erase", scene.id())
                        .param("reason", "Retention schedule")
                        .with(csrf())
                        .with(user(scene.as(scene.hr()))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(erased).as("HR's erasure still acts on a closed engagement").isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select erased_on from engagement where id = ?", java.time.LocalDate.class, scene.id()))
                .isNotNull();

        int goal = mvc.perform(post("/engagements/{id}/goals", scene.id())
                        .with(csrf())
                        .with(user(scene.as(scene.coach())))
                        .param("statement", "Grow two team leads")
                        .param("successMeasure", "Two leads run the meeting")
                        .param("category", "WORK")
                        .param("status", "ACTIVE")
                        .param("visibility", "SHARED"))
                .andReturn()
                .getResponse()
                .getStatus();
        int coachability = mvc.perform(post("/engagements/{id}/coachability", scene.id())
                        .with(csrf())
                        .with(user(scene.as(scene.coach())))
                        .param("rating", "4")
                        .param("note", "Open"))
                .andReturn()
                .getResponse()
                .getStatus();

        assertThat(List.of(goal, coachability)).containsOnly(409);
        assertThat(jdbc.queryForObject("select count(*) from goal where engagement_id = ?", Long.class, scene.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from coachability_rating where engagement_id = ?", Long.class, scene.id()))
                .isZero();
    }

    /** Whether an engagement is closed is no more visible to an outsider than whether it exists: they get "not found". */
    @Test
    void someoneWithNoPartInAClosedEngagementIsToldItDoesNotExist() throws Exception {
        Scene scene = freshScene();
        close(scene);
        Scene outsiders = new Scene(context, hr);
        int status = mvc.perform(post("/engagements/{id}/goals", scene.id())
                        .with(csrf())
                        .with(user(outsiders.as(outsiders.coach())))
                        .param("statement", "Grow two team leads"))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(404);
    }

    /** An htmx post (marking a step done) gets the refusal too, and is sent to reload its page, which says it is closed. */
    @Test
    void anHtmxWriteToAClosedEngagementReloadsThePageThatSaysItIsClosed() throws Exception {
        Scene scene = freshScene();
        Long step = scene.step();
        close(scene);
        String plan = "http://localhost/engagements/" + scene.id() + "/plan";
        MvcResult result = mvc.perform(post("/engagements/{id}/action-steps/{step}/status", scene.id(), step)
                        .param("status", "DONE")
                        .header("HX-Request", "true")
                        .header("HX-Current-URL", plan)
                        .with(csrf())
                        .with(user(scene.as(scene.client()))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(result.getResponse().getHeader("HX-Redirect")).isEqualTo("/engagements/" + scene.id() + "/plan");
        assertThat(jdbc.queryForObject("select status from action_step where id = ?", String.class, step))
                .isNotEqualTo("DONE");

        String page = mvc.perform(get("/engagements/{id}/plan", scene.id()).with(user(scene.as(scene.client()))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"engagement-closed\"");
    }

    /**
     * Every page of a closed engagement says it is closed and offers nothing to change: no link to a form (new, edit,
     * move, cancel, scores) and no form posting into the engagement, but the close-out survey's — for client, coach
     * and leader alike.
     */
    @Test
    void aClosedEngagementsPagesSayItIsClosedAndOfferNothingToChange() throws Exception {
        Scene scene = freshScene();
        Long id = scene.id();
        List<String> pages = new ArrayList<>(List.of(
                "",
                "/plan",
                "/goals",
                "/goals/" + scene.goal(),
                "/sessions",
                "/sessions/" + scene.session(),
                "/sessions/" + scene.pastSession(),
                "/sessions/" + scene.heldSession(),
                "/alignment",
                "/alignment/meetings/" + scene.meeting(),
                "/alignment/meetings/" + scene.pastMeeting(),
                "/reports",
                "/reports/" + scene.report(),
                "/assessments",
                "/assessments/" + scene.assessment(),
                "/journal",
                "/journal/" + scene.entry(),
                "/evaluation",
                "/hours",
                "/timeline",
                "/intake"));
        scene.step();
        close(scene);
        java.util.regex.Pattern formLink = java.util.regex.Pattern.compile("href=\"(/engagements/" + id
                + "/[^\"]*(/new|/edit|/move|/cancel|/new-360|/scores|/coach-change)(\\?[^\"]*)?)\"");
        java.util.regex.Pattern postForm = java.util.regex.Pattern.compile("<form[^>]*action=\"(/engagements/" + id
                + "/[^\"]*)\"[^>]*method=\"post\"|<form[^>]*method=\"post\"[^>]*action=\"(/engagements/" + id
                + "/[^\"]*)\"");
        List<String> wrong = new ArrayList<>();
        for (User viewer : List.of(scene.client(), scene.coach(), scene.leader())) {
            for (String page : pages) {
                MvcResult result = mvc.perform(get("/engagements/" + id + page).with(user(scene.as(viewer))))
                        .andReturn();
                if (result.getResponse().getStatus() != 200) {
                    continue; // a page this person may not open (the leader's view of a goal's steps, the client's of
                    // the intake…)
                }
                String html = result.getResponse().getContentAsString();
                String who = viewer.getFullName() + " on " + page + ": ";
                if (!html.contains("id=\"engagement-closed\"")) {
                    wrong.add(who + "does not say the engagement is closed");
                }
                java.util.regex.Matcher links = formLink.matcher(html);
                while (links.find()) {
                    wrong.add(who + "links to " + links.group(1));
                }
                java.util.regex.Matcher forms = postForm.matcher(html);
                while (forms.find()) {
                    String action = forms.group(1) != null ? forms.group(1) : forms.group(2);
                    if (!action.equals("/engagements/" + id + "/close-out")) {
                        wrong.add(who + "has a form posting to " + action);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The client may take back a share at any time (DOMAIN.md), the engagement closed or not: on a closed engagement
     * the assessment page offers only "Withdraw the share…", its confirmation page shows, and withdrawing it works and
     * is audited; the same for making a shared reflection private. Widening stays refused: sharing the summary of
     * what is no longer shared is the closed page and changes nothing.
     */
    @Test
    void theClientCanStillWithdrawAShareOnAClosedEngagementButNotWidenOne() throws Exception {
        Scene scene = freshScene();
        Long id = scene.id();
        Long assessment = scene.assessment();
        Long entry = scene.entry();
        context.getBean(dev.triad.assessment.AssessmentService.class)
                .share(id, assessment, dev.triad.assessment.Sharing.WHOLE, scene.as(scene.client()));
        context.getBean(dev.triad.reflection.Journal.class).share(id, entry, scene.as(scene.client()), true);
        close(scene);
        var client = user(scene.as(scene.client()));

        String page = mvc.perform(get("/engagements/{id}/assessments/{aid}", id, assessment)
                        .with(client))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"withdraw-share\"").doesNotContain("name=\"sharing\"");
        MvcResult confirm = mvc.perform(get("/engagements/{id}/assessments/{aid}/sharing/withdraw", id, assessment)
                        .with(client))
                .andReturn();
        assertThat(confirm.getResponse().getStatus()).isEqualTo(200);
        assertThat(confirm.getResponse().getContentAsString()).contains("id=\"confirm-withdraw\"");

        int withdrawn = mvc.perform(post("/engagements/{id}/assessments/{aid}/sharing", id, assessment)
                        .param("sharing", "NONE")
                        .with(csrf())
                        .with(client))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(withdrawn).isEqualTo(302);
        assertThat(jdbc.queryForObject("select sharing from assessment where id = ?", String.class, assessment))
                .isEqualTo("NONE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'UNSHARED' and subject = ?",
                        Long.class,
                        "assessment " + assessment + " of engagement " + id))
                .isEqualTo(1);

        String before = fingerprint();
        int widened = mvc.perform(post("/engagements/{id}/assessments/{aid}/sharing", id, assessment)
                        .param("sharing", "SUMMARY")
                        .with(csrf())
                        .with(client))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(widened).as("sharing again on a closed engagement").isEqualTo(409);
        assertThat(changedTables(before, fingerprint())).isEmpty();

        String journal = mvc.perform(get("/engagements/{id}/journal", id).with(client))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(journal).contains("/engagements/" + id + "/journal/" + entry + "/share/withdraw");
        MvcResult makePrivate = mvc.perform(get("/engagements/{id}/journal/{e}/share/withdraw", id, entry)
                        .with(client))
                .andReturn();
        assertThat(makePrivate.getResponse().getStatus()).isEqualTo(200);
        int madePrivate = mvc.perform(post("/engagements/{id}/journal/{e}/share", id, entry)
                        .param("shared", "false")
                        .with(csrf())
                        .with(client))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(madePrivate).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select shared_with_coach from weekly_reflection where id = ?", Boolean.class, entry))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'UNSHARED' and subject = ?",
                        Long.class,
                        "reflection " + entry + " of engagement " + id))
                .isEqualTo(1);
        int sharedAgain = mvc.perform(post("/engagements/{id}/journal/{e}/share", id, entry)
                        .param("shared", "true")
                        .with(csrf())
                        .with(client))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(sharedAgain).isEqualTo(409);
        assertThat(jdbc.queryForObject(
                        "select shared_with_coach from weekly_reflection where id = ?", Boolean.class, entry))
                .isFalse();
    }

    /**
     * What cannot be done any more is not asked for: HR is not reminded to acknowledge a closed engagement's attendance
     * alert, nor the coach to record the outcome of its session that has started.
     */
    @Test
    void nobodyIsRemindedToActOnAClosedEngagement() {
        Scene scene = freshScene();
        scene.alert();
        scene.pastSession();
        close(scene);
        String link = "/engagements/" + scene.id() + "/";
        for (User person : List.of(scene.hr(), scene.coach())) {
            assertThat(context.getBeansOfType(dev.triad.engagement.HomeReminders.class).values().stream()
                            .flatMap(source -> source.remindersFor(scene.as(person)).stream()))
                    .as("reminders of " + person.getFullName())
                    .noneMatch(r -> r.href().contains(link));
        }
    }

    /** The POST routes of an engagement: those with its id in the address, and the links that lead into one. */
    private Set<String> engagementPostRoutes() {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping : handlerMappings) {
            for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry :
                    mapping.getHandlerMethods().entrySet()) {
                if (!entry.getValue().getBeanType().getPackageName().startsWith("dev.triad")) {
                    continue;
                }
                Set<?> methods = entry.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()
                        || methods.stream().anyMatch(m -> m.toString().equals(HttpMethod.POST.name()))) {
                    entry.getKey().getPatternValues().stream()
                            .filter(p -> p.startsWith("/engagements/{id}/") || WITHOUT_THE_ID.contains(p))
                            .forEach(found::add);
                }
            }
        }
        assertThat(found)
                .as("the engagement's POST routes, read from the handler mappings")
                .hasSizeGreaterThan(40);
        return found;
    }

    // ---------------------------------------------------------------- the database, fingerprinted

    private String fingerprint() {
        return DatabaseFingerprint.of(jdbc);
    }

    private static List<String> changedTables(String before, String after) {
        return new ArrayList<>(DatabaseFingerprint.changedTables(before, after));
    }
}
