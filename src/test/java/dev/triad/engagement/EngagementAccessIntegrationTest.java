package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may open an engagement's pages: participants of that engagement and HR, nobody else. */
@IntegrationTest
class EngagementAccessIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Triad a;
    Triad b;
    User hr;

    @BeforeEach
    void twoEngagements() {
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
    }

    @Test
    void everyParticipantOfAnEngagementCanOpenItsOverview() throws Exception {
        for (User participant : new User[] {a.client(), a.coach(), a.leader(), hr}) {
            mvc.perform(get("/engagements/{id}", a.id()).with(fixtures.as(participant)))
                    .andExpect(status().isOk())
                    .andExpect(Page.text("h1", containsString(a.client().getFullName())));
        }
    }

    @Test
    void aCoachOfAnotherEngagementGetsNotFound() throws Exception {
        mvc.perform(get("/engagements/{id}", a.id()).with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aClientNeverSeesAnotherClientsEngagement() throws Exception {
        mvc.perform(get("/engagements/{id}", a.id()).with(fixtures.as(b.client())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/").with(fixtures.as(b.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(a.client().getFullName()))));
    }

    @Test
    void aLeaderOfAnotherEngagementGetsNotFound() throws Exception {
        mvc.perform(get("/engagements/{id}", a.id()).with(fixtures.as(b.leader())))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEngagementThatDoesNotExistIsNotFoundAndABadIdIsABadRequest() throws Exception {
        mvc.perform(get("/engagements/{id}", Long.MAX_VALUE).with(fixtures.as(hr)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engagements/not-a-number").with(fixtures.as(hr))).andExpect(status().isBadRequest());
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/engagements/{id}", a.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void onlyHrAssignsCoachesCreatesEngagementsAndManagesPeople() throws Exception {
        for (User participant : new User[] {a.client(), a.coach(), a.leader()}) {
            mvc.perform(get("/engagements/{id}/coach", a.id()).with(fixtures.as(participant)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/engagements/{id}/coach", a.id())
                            .with(fixtures.as(participant))
                            .with(csrf())
                            .param("coachId", b.coach().getId().toString()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/engagements/new").with(fixtures.as(participant))).andExpect(status().isForbidden());
            mvc.perform(post("/engagements").with(fixtures.as(participant)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/people").with(fixtures.as(participant))).andExpect(status().isForbidden());
            mvc.perform(post("/people").with(fixtures.as(participant)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/programmes").with(fixtures.as(participant))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/engagements/{id}/coach", a.id()).with(fixtures.as(hr)))
                .andExpect(status().isOk());
    }

    @Test
    void eachHomePageListsOnlyTheEngagementsThePersonTakesPartIn() throws Exception {
        mvc.perform(get("/").with(fixtures.as(a.coach())))
                .andExpect(content().string(containsString("Engagements I coach")))
                .andExpect(Page.texts(
                        "#coaching tbody tr", hasItem(containsString(a.client().getFullName()))))
                .andExpect(content().string(not(containsString(b.client().getFullName()))));
        mvc.perform(get("/").with(fixtures.as(a.leader())))
                .andExpect(content().string(containsString("Engagements I lead")))
                .andExpect(Page.texts(
                        "#leading tbody tr", hasItem(containsString(a.client().getFullName()))))
                .andExpect(content().string(not(containsString(b.client().getFullName()))));
        mvc.perform(get("/").with(fixtures.as(a.client())))
                .andExpect(content().string(containsString("My coaching")))
                .andExpect(Page.texts(
                        "#my-engagements tbody tr",
                        hasItem(containsString(a.coach().getFullName()))))
                .andExpect(content().string(not(containsString(b.coach().getFullName()))));
    }

    @Test
    void hrHomeListsAllEngagementsAndFiltersThem() throws Exception {
        User unassignedClient = fixtures.person(Role.CLIENT);
        fixtures.anEngagement().withClient(unassignedClient).build();
        mvc.perform(get("/").with(fixtures.as(hr))
                        .param("coach", a.coach().getId().toString()))
                .andExpect(Page.texts(
                        "#all-engagements tbody tr",
                        hasItem(containsString(a.client().getFullName()))))
                .andExpect(content().string(not(containsString(b.client().getFullName()))));
        mvc.perform(get("/").with(fixtures.as(hr)).param("unassigned", "true"))
                .andExpect(Page.texts(
                        "#all-engagements tbody tr", hasItem(containsString(unassignedClient.getFullName()))))
                .andExpect(content().string(not(containsString(a.client().getFullName()))));
        mvc.perform(get("/").with(fixtures.as(hr)).param("phase", "NOT_A_PHASE"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPersonWhoIsLeaderInOneEngagementAndClientInAnotherSeesBothAndNothingElse() throws Exception {
        User both = fixtures.person(Role.CLIENT, Role.LEADER);
        var asLeader = fixtures.anEngagement().withLeader(both).build();
        var asClient = fixtures.anEngagement().withClient(both).build();
        mvc.perform(get("/engagements/{id}", asLeader.getId()).with(fixtures.as(both)))
                .andExpect(status().isOk());
        mvc.perform(get("/engagements/{id}", asClient.getId()).with(fixtures.as(both)))
                .andExpect(status().isOk());
        mvc.perform(get("/engagements/{id}", a.id()).with(fixtures.as(both))).andExpect(status().isNotFound());
    }
}
