package dev.triad.reflection;

import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may open each journal page and do each journal action: the client everything; the coach reads
 * shared entries only and is told a private one does not exist; the leader and HR are refused; people
 * of another engagement are told it does not exist; another engagement's entry is never reached.
 */
@IntegrationTest
class JournalAccessIntegrationTest {

    static final String PRIVATE_TEXT = "Private worry about the reorganisation";
    static final String SHARED_TEXT = "Shared win with the sales team";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Journal journal;

    @Autowired
    Weeks weeks;

    @Autowired
    Reflections reflections;

    Triad a;
    Triad b;
    User hr;
    Reflection privateEntry;
    Reflection sharedEntry;
    Reflection entryOfB;

    @BeforeEach
    void twoEngagementsWithReflections() {
        LocalDate thisWeek = weeks.thisWeek();
        a = fixtures.aTriadStartingOn(thisWeek.minusWeeks(2));
        b = fixtures.aTriad();
        hr = fixtures.hr();
        privateEntry = journal.write(
                a.id(), fixtures.principal(a.client()), thisWeek, new ReflectionText(PRIVATE_TEXT, null, null), false);
        sharedEntry = journal.write(
                a.id(),
                fixtures.principal(a.client()),
                thisWeek.minusWeeks(1),
                new ReflectionText(null, SHARED_TEXT, null),
                true);
        entryOfB = journal.write(
                b.id(),
                fixtures.principal(b.client()),
                thisWeek,
                new ReflectionText("B's own reflection", null, null),
                false);
    }

    /** Every page and action of engagement {@code e}'s journal, on entry {@code entryId}. */
    Map<String, MockHttpServletRequestBuilder> everyRequest(Long e, Long entryId, long version) {
        Map<String, MockHttpServletRequestBuilder> all = new LinkedHashMap<>();
        all.put("list", get("/engagements/{id}/journal", e));
        all.put(
                "new",
                get("/engagements/{id}/journal/new", e)
                        .param("week", weeks.thisWeek().minusWeeks(2).toString()));
        all.put(
                "create",
                post("/engagements/{id}/journal", e)
                        .with(csrf())
                        .param("week", weeks.thisWeek().minusWeeks(2).toString())
                        .param("actionPlanReview", "Written by someone else"));
        all.put("show", get("/engagements/{id}/journal/{rid}", e, entryId));
        all.put("edit", get("/engagements/{id}/journal/{rid}/edit", e, entryId));
        all.put(
                "update",
                post("/engagements/{id}/journal/{rid}", e, entryId)
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("actionPlanReview", "Overwritten by someone else"));
        all.put(
                "share",
                post("/engagements/{id}/journal/{rid}/share", e, entryId)
                        .with(csrf())
                        .param("shared", "true"));
        return all;
    }

    void expectEverywhere(
            User who,
            Map<String, MockHttpServletRequestBuilder> requests,
            ResultMatcher expected,
            Function<String, String> why)
            throws Exception {
        for (var request : requests.entrySet()) {
            try {
                mvc.perform(request.getValue().with(fixtures.as(who))).andExpect(expected);
            } catch (AssertionError e) {
                throw new AssertionError(why.apply(request.getKey()) + ": " + e.getMessage(), e);
            }
        }
    }

    void assertNothingChanged() {
        Reflection p = reflections.findById(privateEntry.getId()).orElseThrow();
        Reflection s = reflections.findById(sharedEntry.getId()).orElseThrow();
        Reflection o = reflections.findById(entryOfB.getId()).orElseThrow();
        assertThat(p.getActionPlanReview()).isEqualTo(PRIVATE_TEXT);
        assertThat(p.isSharedWithCoach()).isFalse();
        assertThat(s.getGoalsAndProgress()).isEqualTo(SHARED_TEXT);
        assertThat(o.getActionPlanReview()).isEqualTo("B's own reflection");
        assertThat(o.isSharedWithCoach()).isFalse();
        assertThat(reflections.findByEngagementIdOrderByWeekOfDesc(a.id())).hasSize(2);
        assertThat(reflections.findByEngagementIdOrderByWeekOfDesc(b.id())).hasSize(1);
    }

    @Test
    void theClientMayOpenEveryPageAndDoEveryAction() throws Exception {
        var requests = everyRequest(a.id(), privateEntry.getId(), privateEntry.getVersion());
        for (String page : new String[] {"list", "new", "show", "edit"}) {
            mvc.perform(requests.get(page).with(fixtures.as(a.client()))).andExpect(status().isOk());
        }
        for (String action : new String[] {"create", "update", "share"}) {
            mvc.perform(requests.get(action).with(fixtures.as(a.client()))).andExpect(status().is3xxRedirection());
        }
        assertThat(reflections.findByEngagementIdOrderByWeekOfDesc(a.id())).hasSize(3);
        assertThat(reflections.findById(privateEntry.getId()).orElseThrow().isSharedWithCoach())
                .isTrue();
    }

    @Test
    void theLeaderIsRefusedEveryPageAndAction() throws Exception {
        expectEverywhere(
                a.leader(),
                everyRequest(a.id(), sharedEntry.getId(), sharedEntry.getVersion()),
                status().isForbidden(),
                page -> "leader on " + page);
        expectEverywhere(
                a.leader(),
                everyRequest(a.id(), privateEntry.getId(), privateEntry.getVersion()),
                status().isForbidden(),
                page -> "leader on " + page);
        assertNothingChanged();
    }

    @Test
    void hrIsRefusedEveryPageAndAction() throws Exception {
        expectEverywhere(
                hr,
                everyRequest(a.id(), sharedEntry.getId(), sharedEntry.getVersion()),
                status().isForbidden(),
                page -> "HR on " + page);
        assertNothingChanged();
    }

    @Test
    void theCoachReadsOnlySharedEntriesAndCannotWriteEditOrShare() throws Exception {
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.texts("#entries > li", hasItem(containsString(SHARED_TEXT))))
                .andExpect(content().string(containsString("chooses what to share with you")))
                .andExpect(content().string(not(containsString(PRIVATE_TEXT))))
                .andExpect(content().string(not(containsString(Weeks.label(weeks.thisWeek())))))
                .andExpect(content().string(not(containsString("Write this week’s reflection"))))
                .andExpect(content().string(not(containsString("/edit"))))
                .andExpect(content().string(not(containsString("/share"))));
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), sharedEntry.getId())
                        .with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.texts("p.text-prewrap", hasItem(SHARED_TEXT)))
                .andExpect(content().string(not(containsString("/share"))));
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), privateEntry.getId())
                        .with(fixtures.as(a.coach())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(PRIVATE_TEXT))));

        var onShared = everyRequest(a.id(), sharedEntry.getId(), sharedEntry.getVersion());
        onShared.remove("list");
        onShared.remove("show");
        expectEverywhere(a.coach(), onShared, status().isForbidden(), page -> "coach on " + page);
        var onPrivate = everyRequest(a.id(), privateEntry.getId(), privateEntry.getVersion());
        onPrivate.remove("list");
        onPrivate.remove("show");
        expectEverywhere(a.coach(), onPrivate, status().isForbidden(), page -> "coach on " + page);
        assertNothingChanged();
    }

    @Test
    void theCoachLosesAnEntryAsSoonAsTheClientMakesItPrivateAgain() throws Exception {
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), sharedEntry.getId())
                        .with(fixtures.as(a.coach())))
                .andExpect(status().isOk());
        mvc.perform(post("/engagements/{id}/journal/{rid}/share", a.id(), sharedEntry.getId())
                        .with(fixtures.as(a.client()))
                        .with(csrf())
                        .param("shared", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), sharedEntry.getId())
                        .with(fixtures.as(a.coach())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engagements/{id}/journal", a.id()).with(fixtures.as(a.coach())))
                .andExpect(content().string(not(containsString(SHARED_TEXT))))
                .andExpect(content().string(containsString("No reflection has been shared with you yet")));
    }

    @Test
    void theParticipantsOfAnotherEngagementAreToldItDoesNotExist() throws Exception {
        for (User outsider : new User[] {b.client(), b.coach(), b.leader()}) {
            expectEverywhere(
                    outsider,
                    everyRequest(a.id(), sharedEntry.getId(), sharedEntry.getVersion()),
                    status().isNotFound(),
                    page -> "participant of another engagement on " + page);
        }
        assertNothingChanged();
    }

    @Test
    void anEntryOfAnotherEngagementIsNotFoundUnderThisEngagementsAddress() throws Exception {
        var requests = everyRequest(a.id(), entryOfB.getId(), entryOfB.getVersion());
        requests.remove("list");
        requests.remove("new");
        requests.remove("create");
        expectEverywhere(a.client(), requests, status().isNotFound(), page -> "client of A on B's entry, " + page);
        // B's client, too, must use B's address for B's entry.
        expectEverywhere(b.client(), requests, status().isNotFound(), page -> "client of B under A's address, " + page);
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), Long.MAX_VALUE)
                        .with(fixtures.as(a.client())))
                .andExpect(status().isNotFound());
        assertNothingChanged();
    }

    @Test
    void noOtherPageGivesTheCoachReflectionText() throws Exception {
        for (String page : new String[] {"/", "/engagements/" + a.id()}) {
            mvc.perform(get(page).with(fixtures.as(a.coach())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(PRIVATE_TEXT))))
                    .andExpect(content().string(not(containsString(SHARED_TEXT))));
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/engagements/{id}/journal", a.id())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/engagements/{id}/journal/{rid}", a.id(), sharedEntry.getId()))
                .andExpect(status().is3xxRedirection());
    }
}
