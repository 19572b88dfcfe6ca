package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.programme.Programme;
import dev.triad.support.Fixtures;
import dev.triad.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EngagementCreationIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Engagements engagements;

    @Autowired
    CoachAssignments assignments;

    User client;
    User leader;
    Programme programme;
    RequestPostProcessor hr;

    @BeforeEach
    void setUp() {
        client = fixtures.person(Role.CLIENT);
        leader = fixtures.person(Role.LEADER);
        programme = fixtures.programme();
        hr = fixtures.as(fixtures.hr());
    }

    /** A valid engagement form, with any field replaced by {@code overrides} (name, value, name, value ...). */
    MockHttpServletRequestBuilder createEngagement(String... overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientEmail", client.getEmail());
        fields.put("leaderEmail", leader.getEmail());
        fields.put("programmeId", programme.getId().toString());
        fields.put("startsOn", LocalDate.now().toString());
        fields.put("plannedEndOn", LocalDate.now().plusMonths(6).toString());
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/engagements").with(hr).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    @Test
    void hrCreatesAnEngagementInIntakeWithoutACoachAndWithTheProgrammesDefaults() throws Exception {
        MvcResult result = mvc.perform(createEngagement())
                .andExpect(redirectedUrlPattern("/engagements/*"))
                .andReturn();
        Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replace("/engagements/", ""));
        Engagement created = engagements.findWithPeople(id).orElseThrow();
        assertThat(created.getPhase()).isEqualTo(Phase.INTAKE);
        assertThat(created.getCoach()).isNull();
        assertThat(created.getCoachingType()).isEqualTo(programme.getDefaultCoachingType());
        assertThat(created.getContractedHours()).isEqualByComparingTo(programme.getDefaultContractedHours());
    }

    @Test
    void missingFieldsAreNamedNextToTheirFields() throws Exception {
        mvc.perform(post("/engagements").with(hr).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the client’s email")))
                .andExpect(content().string(containsString("Enter the leader’s email")))
                .andExpect(content().string(containsString("Choose a programme")))
                .andExpect(content().string(containsString("Enter the start date")))
                .andExpect(content().string(containsString("Enter the planned end date")));
    }

    @Test
    void theEndCannotComeBeforeTheStartAndImpossibleDatesAreRefused() throws Exception {
        mvc.perform(createEngagement(
                        "plannedEndOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The planned end cannot be before the start")));
        mvc.perform(createEngagement("startsOn", "2026-02-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(createEngagement("startsOn", "1850-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dates must lie between the years 2000 and 2100")));
    }

    @Test
    void theClientMustBeAnActivePersonWithTheClientRoleAndNotTheirOwnLeader() throws Exception {
        mvc.perform(createEngagement("clientEmail", "nobody@nowhere.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No one has this email")));
        mvc.perform(createEngagement("clientEmail", leader.getEmail()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("does not have the client role")));
        User both = fixtures.person(Role.CLIENT, Role.LEADER);
        mvc.perform(createEngagement("clientEmail", both.getEmail(), "leaderEmail", both.getEmail()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The leader must be someone other than the client")));
    }

    @Test
    void negativeHugeAndMalformedHoursAreRefused() throws Exception {
        mvc.perform(createEngagement("contractedHours", "-3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter between 0.5 and 500 hours")));
        mvc.perform(createEngagement("contractedHours", "99999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter between 0.5 and 500 hours")));
        mvc.perform(createEngagement("contractedHours", "twelve"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(createEngagement("programmeId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a programme")));
    }

    @Test
    void hoursAboveTheLimitAreToldTheRangeNotTheDecimals() throws Exception {
        mvc.perform(createEngagement("contractedHours", "1000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter between 0.5 and 500 hours")))
                .andExpect(content().string(not(containsString("two decimals"))));
        mvc.perform(createEngagement("contractedHours", "12.345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use hours with at most two decimals")));
        Engagement engagement = fixtures.anEngagement().build();
        mvc.perform(post("/engagements/{id}/hours/adjustments", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("hours", "1000")
                        .param("reason", "Typo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter between −500 and 500 hours")))
                .andExpect(content().string(not(containsString("two decimals"))));
    }

    @Test
    void assigningACoachAtCapacityNeedsAnExplicitOverride() throws Exception {
        User fullCoach = fixtures.coachWithCapacity(1);
        fixtures.anEngagement().withCoach(fullCoach).build();
        Engagement engagement = fixtures.anEngagement().build();

        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", fullCoach.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is at capacity")));
        assertThat(engagements.findWithPeople(engagement.getId()).orElseThrow().getCoach())
                .isNull();

        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", fullCoach.getId().toString())
                        .param("overrideCapacity", "true"))
                .andExpect(redirectedUrlPattern("/engagements/*"));
        assertThat(engagements.findWithPeople(engagement.getId()).orElseThrow().isCoach(fullCoach.getId()))
                .isTrue();
        assertThat(assignments.historyOf(engagement.getId()))
                .singleElement()
                .extracting(CoachAssignment::isOverCapacity)
                .isEqualTo(true);
    }

    @Test
    void reassigningNeedsAReasonAndKeepsTheHistory() throws Exception {
        User first = fixtures.person(Role.COACH);
        User second = fixtures.person(Role.COACH);
        Engagement engagement = fixtures.anEngagement().withCoach(first).build();

        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", second.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the coach is being changed")));

        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", second.getId().toString())
                        .param("reason", "Client asked for a different fit"))
                .andExpect(redirectedUrlPattern("/engagements/*"))
                .andExpect(flash().attribute(
                                "message", "Coach changed: " + second.getFullName() + " now coaches this engagement."));
        var history = assignments.historyOf(engagement.getId());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).getCoach().getId()).isEqualTo(second.getId());
        assertThat(history.get(0).getReason()).isEqualTo("Client asked for a different fit");
        assertThat(history.get(0).getEndedAt()).isNull();
        assertThat(history.get(1).getEndedAt()).isNotNull();
    }

    @Test
    void onlyAPersonOnTheCoachRosterCanBeAssigned() throws Exception {
        Engagement engagement = fixtures.anEngagement().build();
        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", client.getId().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a coach from the roster")));
        mvc.perform(post("/engagements/{id}/coach", Long.MAX_VALUE)
                        .with(hr)
                        .with(csrf())
                        .param("coachId", client.getId().toString()))
                .andExpect(status().isNotFound());
    }

    @Test
    void assigningTheCurrentCoachAgainIsRefusedAndKeepsTheHistoryAsItWas() throws Exception {
        User coach = fixtures.person(Role.COACH);
        Engagement engagement = fixtures.anEngagement().withCoach(coach).build();
        mvc.perform(post("/engagements/{id}/coach", engagement.getId())
                        .with(hr)
                        .with(csrf())
                        .param("coachId", coach.getId().toString())
                        .param("reason", "again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already coaches this engagement")));
        assertThat(assignments.historyOf(engagement.getId()))
                .singleElement()
                .extracting(CoachAssignment::getEndedAt)
                .isNull();
    }
}
