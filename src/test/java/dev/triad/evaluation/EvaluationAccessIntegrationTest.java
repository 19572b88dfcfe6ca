package dev.triad.evaluation;

import dev.triad.account.User;
import dev.triad.engagement.CoachChangeService;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reads what of an engagement's evaluation: check-in answers reach client and coach only (HR a low-fit flag);
 * coachability the coach alone; referrals coach and client; impact measures client, coach and leader; a request for
 * another coach the client and HR, never the coach. People of another engagement are told none of it exists.
 */
@IntegrationTest
class EvaluationAccessIntegrationTest {

    static final String CHECK_IN_TEXT = "Sessions feel rushed and unfocused";
    static final String COACHABILITY_NOTE = "Defensive when feedback touches the sales team";
    static final String REFERRAL_NOTE = "Talk to the EAP about the sleep problems";
    static final String REQUEST_REASON = "I would prefer a coach with finance experience";
    static final String MEASURE = "Team retention";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    EvaluationService evaluation;

    @Autowired
    CoachChangeService changes;

    @Autowired
    PartnershipCheckIns checkIns;

    Activity activity;
    Triad a;
    Triad b;
    User hr;
    Long checkInOfA;
    Long checkInOfB;

    @BeforeEach
    void anEngagementWithEveryKindOfEvaluation() {
        activity = new Activity(context);
        a = fixtures.aTriad();
        b = fixtures.aTriad();
        hr = fixtures.hr();
        activity.holdSessions(a, 3);
        activity.answerCheckIns(a, 2, CHECK_IN_TEXT);
        activity.holdSessions(b, 3);
        checkInOfA = checkIns.findByEngagementIdOrderByAfterSessionsDesc(a.id())
                .get(0)
                .getId();
        checkInOfB = checkIns.findByEngagementIdOrderByAfterSessionsDesc(b.id())
                .get(0)
                .getId();
        evaluation.rateCoachability(a.id(), 2, COACHABILITY_NOTE, activity.as(a.coach()));
        evaluation.refer(a.id(), ReferralKind.EAP, REFERRAL_NOTE, activity.as(a.coach()));
        activity.measure(a, MEASURE, "%", "82", null);
        changes.request(a.id(), REQUEST_REASON, activity.as(a.client()));
    }

    String evaluationPage(User who) throws Exception {
        return mvc.perform(get("/engagements/{id}/evaluation", a.id()).with(fixtures.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    Map<String, MockHttpServletRequestBuilder> coachOnlyRequests() {
        Map<String, MockHttpServletRequestBuilder> all = new LinkedHashMap<>();
        all.put("coachability form", get("/engagements/{id}/coachability/new", a.id()));
        all.put(
                "rate coachability",
                post("/engagements/{id}/coachability", a.id())
                        .with(csrf())
                        .param("rating", "1")
                        .param("note", "x"));
        all.put("referral form", get("/engagements/{id}/referrals/new", a.id()));
        all.put(
                "refer",
                post("/engagements/{id}/referrals", a.id())
                        .with(csrf())
                        .param("kind", "HR")
                        .param("note", "x"));
        return all;
    }

    void expect(User who, Map<String, MockHttpServletRequestBuilder> requests, ResultMatcher expected)
            throws Exception {
        for (var request : requests.entrySet()) {
            try {
                mvc.perform(request.getValue().with(fixtures.as(who))).andExpect(expected);
            } catch (AssertionError e) {
                throw new AssertionError(request.getKey() + " by " + who.getFullName() + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void hrSeesTheLowFitFlagAndTheRequestButNoCheckInTextCoachabilityOrReferral() throws Exception {
        String page = evaluationPage(hr);
        assertThat(page)
                .contains("Low fit signalled in the latest check-in")
                .contains(REQUEST_REASON)
                .contains("1 recorded")
                .doesNotContain(CHECK_IN_TEXT)
                .doesNotContain("Not really")
                .doesNotContain(COACHABILITY_NOTE)
                .doesNotContain(REFERRAL_NOTE)
                .doesNotContain(MEASURE);
        mvc.perform(get("/engagements/{id}/check-ins/{c}", a.id(), checkInOfA).with(fixtures.as(hr)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/impact-measures/new", a.id()).with(fixtures.as(hr)))
                .andExpect(status().isForbidden());
        expect(hr, coachOnlyRequests(), status().isForbidden());
    }

    @Test
    void theCoachReadsCheckInsCoachabilityAndReferralsButNotTheRequestForAnotherCoach() throws Exception {
        String page = evaluationPage(a.coach());
        assertThat(page)
                .contains(CHECK_IN_TEXT)
                .contains(COACHABILITY_NOTE)
                .contains(REFERRAL_NOTE)
                .contains(MEASURE)
                .doesNotContain(REQUEST_REASON)
                .doesNotContain("asked for a different coach");
        mvc.perform(get("/engagements/{id}/check-ins/{c}", a.id(), checkInOfA).with(fixtures.as(a.coach())))
                .andExpect(status().isOk())
                .andExpect(Page.text("p.text-prewrap", containsString(CHECK_IN_TEXT)));
        mvc.perform(post("/engagements/{id}/check-ins/{c}", b.id(), checkInOfB)
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("fit", "5"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/coach-change-requests").with(fixtures.as(a.coach()))).andExpect(status().isForbidden());
    }

    @Test
    void aCoachSeesOnlyTheirOwnEngagementsCheckIns() throws Exception {
        mvc.perform(get("/engagements/{id}/evaluation", a.id()).with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/engagements/{id}/check-ins/{c}", a.id(), checkInOfA).with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
        // Another engagement's check-in through this engagement's address is not found either.
        mvc.perform(get("/engagements/{id}/check-ins/{c}", b.id(), checkInOfA).with(fixtures.as(b.coach())))
                .andExpect(status().isNotFound());
        expect(b.coach(), coachOnlyRequests(), status().isNotFound());
    }

    @Test
    void theLeaderSeesNoneOfCheckInsCoachabilityOrReferralsButTheMeasures() throws Exception {
        String page = evaluationPage(a.leader());
        assertThat(page)
                .contains(MEASURE)
                .doesNotContain(CHECK_IN_TEXT)
                .doesNotContain(COACHABILITY_NOTE)
                .doesNotContain(REFERRAL_NOTE)
                .doesNotContain(REQUEST_REASON)
                .doesNotContain("Low fit");
        mvc.perform(get("/engagements/{id}/check-ins/{c}", a.id(), checkInOfA).with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/impact-measures/new", a.id()).with(fixtures.as(a.leader())))
                .andExpect(status().isForbidden());
        expect(a.leader(), coachOnlyRequests(), status().isForbidden());
    }

    @Test
    void theClientReadsTheirCheckInsReferralsAndRequestButNeverCoachability() throws Exception {
        String page = evaluationPage(a.client());
        assertThat(page)
                .contains(CHECK_IN_TEXT)
                .contains(REFERRAL_NOTE)
                .contains(MEASURE)
                .contains("You asked for a different coach on")
                .doesNotContain(COACHABILITY_NOTE)
                .doesNotContain("Rate coachability");
        expect(a.client(), coachOnlyRequests(), status().isForbidden());
        mvc.perform(get("/engagements/{id}/coach-change", a.id()).with(fixtures.as(a.coach())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engagements/{id}/coach-change", a.id()).with(fixtures.as(b.client())))
                .andExpect(status().isNotFound());
    }

    @Test
    void formsNameTheirProblems() throws Exception {
        mvc.perform(post("/engagements/{id}/coachability", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("rating", "7")
                        .param("note", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5")))
                .andExpect(content().string(containsString("Write what the rating rests on")));
        mvc.perform(post("/engagements/{id}/referrals", a.id())
                        .with(fixtures.as(a.coach()))
                        .with(csrf())
                        .param("kind", "PSYCHIATRIST")
                        .param("note", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Use at most 2000 characters")))
                .andExpect(content().string(containsString("Choose one of the options")));
        mvc.perform(get("/engagements/{id}/evaluation", a.id()).with(fixtures.as(a.coach())))
                .andExpect(content().string(not(containsString("PSYCHIATRIST"))));
    }
}
