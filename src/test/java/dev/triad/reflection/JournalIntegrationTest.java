package dev.triad.reflection;

import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client writes, edits and shares weekly reflections; the rules of weeks and of what an entry holds. */
@IntegrationTest
class JournalIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Weeks weeks;

    @Autowired
    Reflections reflections;

    Triad a;
    LocalDate thisWeek;

    @BeforeEach
    void anEngagement() {
        a = fixtures.aTriad();
        thisWeek = weeks.thisWeek();
    }

    MockHttpServletRequestBuilder write(Triad t, LocalDate week, String actionPlan, String goals, String agenda) {
        var request = post("/engagements/{id}/journal", t.id())
                .with(fixtures.as(t.client()))
                .with(csrf())
                .param("week", week.toString());
        if (actionPlan != null) {
            request.param("actionPlanReview", actionPlan);
        }
        if (goals != null) {
            request.param("goalsAndProgress", goals);
        }
        if (agenda != null) {
            request.param("nextSessionAgenda", agenda);
        }
        return request;
    }

    Long idFrom(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        return Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
    }

    List<Reflection> entriesOf(Triad t) {
        return reflections.findByEngagementIdOrderByWeekOfDesc(t.id());
    }

    @Test
    void anEmptyJournalExplainsItselfAndInvitesTheClientToWriteThisWeeksReflection() throws Exception {
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your journal is empty")))
                .andExpect(content().string(containsString("Write this week’s reflection")))
                .andExpect(Page.text("#this-week h2", containsString(Weeks.label(thisWeek))));
        mvc.perform(get("/engagements/{id}/journal/new", a.id()).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reviewing my action plan")))
                .andExpect(content().string(containsString("Reflecting on my goals and progress")))
                .andExpect(content().string(containsString("For my next session’s agenda")))
                .andExpect(Page.selected("select#week", thisWeek.toString()));
    }

    @Test
    void theClientWritesThisWeeksReflectionPrivatelyAndTheJournalListsIt() throws Exception {
        MvcResult result = mvc.perform(
                        write(a, thisWeek, "Delegated the budget review to Sam.", null, "How to say no to my boss"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/engagements/" + a.id() + "/journal/*"))
                .andReturn();
        Long id = idFrom(result);
        Reflection saved = reflections.findById(id).orElseThrow();
        assertThat(saved.getWeekOf()).isEqualTo(thisWeek);
        assertThat(saved.isSharedWithCoach()).isFalse();
        assertThat(saved.getGoalsAndProgress()).isNull();

        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), id).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "p.text-prewrap", contains("Delegated the budget review to Sam.", "How to say no to my boss")))
                .andExpect(content().string(containsString("Private")));
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.client())))
                .andExpect(Page.text(
                        "#entry-" + id,
                        allOf(
                                containsString(Weeks.label(thisWeek)),
                                containsString("Delegated the budget review to Sam."))))
                .andExpect(content().string(not(containsString("Write this week’s reflection"))))
                .andExpect(content().string(not(containsString("Your journal is empty"))));
    }

    @Test
    void theClientCanShareAReflectionWhileWritingIt() throws Exception {
        MvcResult result = mvc.perform(
                        write(a, thisWeek, "Shared from the start", null, null).param("share", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(reflections.findById(idFrom(result)).orElseThrow().isSharedWithCoach())
                .isTrue();
    }

    @Test
    void theClientEditsAReflection() throws Exception {
        Long id = idFrom(
                mvc.perform(write(a, thisWeek, "First draft", null, null)).andReturn());
        long version = reflections.findById(id).orElseThrow().getVersion();
        mvc.perform(get("/engagements/{id}/journal/{rid}/edit", a.id(), id).with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.value("#actionPlanReview", is("First draft")));
        mvc.perform(post("/engagements/{id}/journal/{rid}", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("actionPlanReview", "")
                        .param("goalsAndProgress", "Second thoughts")
                        .param("nextSessionAgenda", "An opportunity: the new team"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/journal/" + id));
        Reflection edited = reflections.findById(id).orElseThrow();
        assertThat(edited.getActionPlanReview()).isNull();
        assertThat(edited.getGoalsAndProgress()).isEqualTo("Second thoughts");
        assertThat(edited.getNextSessionAgenda()).isEqualTo("An opportunity: the new team");
        assertThat(edited.getWeekOf()).isEqualTo(thisWeek);
        assertThat(entriesOf(a)).hasSize(1);
    }

    @Test
    void anEditMadeOnAStaleCopyIsAConflictThatKeepsWhatTheClientTyped() throws Exception {
        Long id = idFrom(
                mvc.perform(write(a, thisWeek, "Version one", null, null)).andReturn());
        long opened = reflections.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/engagements/{id}/journal/{rid}", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("actionPlanReview", "Changed in another window"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/engagements/{id}/journal/{rid}", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("actionPlanReview", "My stale text"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed in another window")))
                .andExpect(Page.value("#actionPlanReview", is("My stale text")))
                .andExpect(content().string(containsString("What is saved now")))
                .andExpect(Page.text("#saved-now", containsString("Changed in another window")));
        assertThat(reflections.findById(id).orElseThrow().getActionPlanReview()).isEqualTo("Changed in another window");
    }

    @Test
    void sharingIsOneClickEachWayAndDoesNotMakeAnOpenEditStale() throws Exception {
        Long id = idFrom(mvc.perform(write(a, thisWeek, "To share", null, null)).andReturn());
        long opened = reflections.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/engagements/{id}/journal/{rid}/share", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("shared", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/journal"));
        assertThat(reflections.findById(id).orElseThrow().isSharedWithCoach()).isTrue();
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.client())))
                .andExpect(Page.text("#share-" + id + " .badge", is("Shared with your coach")))
                .andExpect(Page.text("#share-" + id + " a.make-private", containsString("Make private")))
                // making it private goes through a confirmation step, not a one-click post
                .andExpect(Page.attr(
                        "#share-" + id + " a.make-private",
                        "href",
                        containsString("/journal/" + id + "/share/withdraw")));
        mvc.perform(get("/engagements/{id}/journal/{rid}/share/withdraw", a.id(), id)
                        .param("from", "entry")
                        .with(fixtures.as(a.client())))
                .andExpect(status().isOk())
                .andExpect(Page.count("#make-private-effect", is(1)))
                .andExpect(Page.count("#confirm-make-private", is(1)));
        assertThat(reflections.findById(id).orElseThrow().isSharedWithCoach()).isTrue();
        mvc.perform(get("/engagements/{id}/journal/{rid}/share/withdraw", a.id(), id)
                        .with(fixtures.as(a.coach())))
                .andExpect(status().isForbidden());

        mvc.perform(post("/engagements/{id}/journal/{rid}/share", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("shared", "false")
                        .param("from", "entry"))
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/journal/" + id));
        assertThat(reflections.findById(id).orElseThrow().isSharedWithCoach()).isFalse();

        mvc.perform(post("/engagements/{id}/journal/{rid}", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("version", String.valueOf(opened))
                        .param("actionPlanReview", "Still my edit"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void withHtmxTheShareControlIsSwappedInPlace() throws Exception {
        Long id = idFrom(
                mvc.perform(write(a, thisWeek, "Partial update", null, null)).andReturn());
        mvc.perform(post("/engagements/{id}/journal/{rid}/share", a.id(), id)
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("shared", "true"))
                .andExpect(status().isOk())
                .andExpect(Page.count("#share-" + id, is(1)))
                .andExpect(Page.text("#share-" + id + " .badge", is("Shared with your coach")))
                .andExpect(Page.value("#share-" + id + " input[name=shared]", is("false")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(reflections.findById(id).orElseThrow().isSharedWithCoach()).isTrue();
    }

    @Test
    void aSecondReflectionForTheSameWeekOpensTheFirstInsteadOfFailing() throws Exception {
        Long id = idFrom(
                mvc.perform(write(a, thisWeek, "The first one", null, null)).andReturn());
        mvc.perform(get("/engagements/{id}/journal/new", a.id()).with(fixtures.as(a.client())))
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/journal/" + id + "/edit"));
        mvc.perform(get("/engagements/{id}/journal/new", a.id())
                        .with(fixtures.as(a.client()))
                        .param("week", thisWeek.plusDays(3).toString()))
                .andExpect(redirectedUrl("/engagements/" + a.id() + "/journal/" + id + "/edit"));
        mvc.perform(write(a, thisWeek, "The second one", null, null))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("You already wrote a reflection for the " + Weeks.phrase(thisWeek))))
                .andExpect(Page.count("a[href=/engagements/" + a.id() + "/journal/" + id + "/edit]", greaterThan(0)))
                .andExpect(Page.value("#actionPlanReview", is("The second one")));
        assertThat(entriesOf(a)).extracting(Reflection::getActionPlanReview).containsExactly("The first one");
    }

    @Test
    void theDatabaseAllowsOneReflectionPerEngagementAndWeek() {
        Reflection first = Reflection.forWeek(
                a.engagement(),
                thisWeek,
                thisWeek,
                new ReflectionText("one", null, null),
                false,
                java.time.Instant.now());
        reflections.saveAndFlush(first);
        Reflection second = Reflection.forWeek(
                a.engagement(),
                thisWeek.plusDays(2),
                thisWeek,
                new ReflectionText("two", null, null),
                false,
                java.time.Instant.now());
        assertThatThrownBy(() -> reflections.saveAndFlush(second)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aFutureWeekIsRefusedWithAMessageNextToTheWeek() throws Exception {
        mvc.perform(write(a, thisWeek.plusWeeks(1), "News from next week", null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not a future week’s")))
                .andExpect(Page.value("#actionPlanReview", is("News from next week")));
        assertThat(entriesOf(a)).isEmpty();
    }

    @Test
    void aWeekBeforeTheEngagementStartedIsRefused() throws Exception {
        Triad startsThisWeek = fixtures.aTriadStartingOn(thisWeek);
        mvc.perform(write(startsThisWeek, thisWeek.minusWeeks(1), "Before it began", null, null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your engagement starts in the week of")));
        assertThat(entriesOf(startsThisWeek)).isEmpty();
    }

    @Test
    void pastWeeksCanBeWrittenAndTheJournalListsTheNewestWeekFirst() throws Exception {
        Triad started = fixtures.aTriadStartingOn(thisWeek.minusWeeks(3));
        LocalDate twoWeeksAgo = thisWeek.minusWeeks(2);
        mvc.perform(write(started, twoWeeksAgo.plusDays(2), "Two weeks ago", null, null))
                .andExpect(status().is3xxRedirection());
        mvc.perform(write(started, thisWeek, "This week", null, null)).andExpect(status().is3xxRedirection());
        assertThat(entriesOf(started)).extracting(Reflection::getWeekOf).containsExactly(thisWeek, twoWeeksAgo);

        String page = mvc.perform(get("/engagements/{id}/journal", started.id()).with(fixtures.as(started.client())))
                .andExpect(content().string(containsString("Write for an earlier week")))
                .andExpect(Page.count("a[href*='week=" + thisWeek.minusWeeks(1) + "']", greaterThan(0)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf(Weeks.label(thisWeek))).isLessThan(page.indexOf(Weeks.label(twoWeeksAgo)));
        mvc.perform(get("/engagements/{id}/journal/new", started.id())
                        .with(fixtures.as(started.client()))
                        .param("week", thisWeek.minusWeeks(1).toString()))
                .andExpect(status().isOk())
                .andExpect(Page.selected("select#week", thisWeek.minusWeeks(1).toString()))
                .andExpect(content().string(not(containsString("value=\"" + twoWeeksAgo + "\""))));
    }

    @Test
    void hugeTextIsRefusedWithAMessageNextToTheField() throws Exception {
        mvc.perform(write(a, thisWeek, null, "x".repeat(5000), null))
                .andExpect(status().isOk())
                .andExpect(Page.count("#goalsAndProgress-error", is(1)))
                .andExpect(content().string(containsString("Use at most 4000 characters")));
        assertThat(entriesOf(a)).isEmpty();
    }

    @Test
    void anEmptyReflectionOrAMissingWeekIsRefused() throws Exception {
        mvc.perform(write(a, thisWeek, " ", "", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write something in at least one of the three parts")));
        mvc.perform(post("/engagements/{id}/journal", a.id())
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("week", "not-a-date")
                        .param("actionPlanReview", "Something"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the week this reflection is for")));
        mvc.perform(get("/engagements/{id}/journal/new", a.id())
                        .with(fixtures.as(a.client()))
                        .param("week", "garbage"))
                .andExpect(status().isOk());
        assertThat(entriesOf(a)).isEmpty();
    }

    @Test
    void scriptsInAReflectionAreShownAsText() throws Exception {
        String script = "<script>alert('gotcha')</script>";
        Long id = idFrom(mvc.perform(write(a, thisWeek, script, null, null)).andReturn());
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), id).with(fixtures.as(a.client())))
                .andExpect(content().string(not(containsString(script))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;gotcha&#39;)&lt;/script&gt;")));
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.client())))
                .andExpect(content().string(not(containsString(script))));
    }
}
