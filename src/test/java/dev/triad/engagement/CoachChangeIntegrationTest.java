package dev.triad.engagement;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "If you don't trust your coach, find another one": the client asks, HR reads the request (the coach never does) and
 * reassigns through the usual assignment with a reason, which closes the request. The assignment page ranks coaches by
 * fit with the reasons, and past close-out ratings count once a coach has five rated engagements.
 */
@IntegrationTest
class CoachChangeIntegrationTest {

    static final String REASON = "We never seem to talk about what matters to me";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CoachChangeRequests requests;

    Activity activity;

    @BeforeEach
    void activity() {
        activity = new Activity(context);
    }

    @Test
    void theClientAsksHrReassignsAndTheRequestCloses() throws Exception {
        Triad t = fixtures.aTriad();
        User hr = fixtures.hr();
        User newCoach = fixtures.person(Role.COACH);
        String path = "/engagements/" + t.id() + "/coach-change";
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell HR why")));
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("reason", REASON))
                .andExpect(redirectedUrl("/engagements/" + t.id() + "/evaluation"));
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("reason", "Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You asked for a different coach on")));
        assertThat(requests.openOf(t.id())).isPresent();

        // HR is told by mail and on the home page, without the reason; reads it on the list.
        assertThat(jdbc.queryForList(
                        "select text_body from outbox_message where kind = 'COACH_CHANGE_REQUEST' and recipient_user_id = ?",
                        String.class,
                        hr.getId()))
                .singleElement()
                .asString()
                .contains(t.client().getFullName())
                .doesNotContain(REASON);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_user_id = ? and kind = 'COACH_CHANGE_REQUEST'",
                        Long.class,
                        t.coach().getId()))
                .isZero();
        mvc.perform(get("/").with(fixtures.as(hr)))
                .andExpect(Page.count("a[href=/coach-change-requests]", greaterThan(0)));
        mvc.perform(get("/coach-change-requests").with(fixtures.as(hr)))
                .andExpect(Page.texts("tbody td.text-prewrap", hasItem(REASON)))
                .andExpect(content()
                        .string(containsString(
                                "Choose another coach for " + t.client().getFullName())));
        mvc.perform(get("/engagements/{id}", t.id()).with(fixtures.as(t.coach())))
                .andExpect(content().string(not(containsString(REASON))));

        // HR reassigns with the usual form, reason required; the request closes.
        mvc.perform(post("/engagements/{id}/coach", t.id())
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("coachId", newCoach.getId().toString())
                        .param("reason", "The client asked for a different coach"))
                .andExpect(redirectedUrl("/engagements/" + t.id()));
        assertThat(requests.openOf(t.id())).isEmpty();
        CoachChangeRequest closed =
                requests.findByEngagementIdOrderByRequestedAtDesc(t.id()).get(0);
        assertThat(closed.getNewCoachId()).isEqualTo(newCoach.getId());
        assertThat(closed.getClosedById()).isEqualTo(hr.getId());
        mvc.perform(get("/coach-change-requests").with(fixtures.as(hr)))
                .andExpect(content().string(not(containsString(REASON))));
        // The new coach does not see it either.
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(newCoach)))
                .andExpect(content().string(not(containsString(REASON))));
    }

    @Test
    void hrKeepsTheCoachWithAnAnswerTheClientReadsAndTheCoachNever() throws Exception {
        Triad t = fixtures.aTriad();
        User hr = fixtures.hr();
        String answer = "Your partnership is four weeks old; talk it through with your coach first";
        mvc.perform(post("/engagements/{id}/coach-change", t.id())
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("reason", REASON))
                .andExpect(status().is3xxRedirection());
        Long requestId = requests.openOf(t.id()).orElseThrow().getId();
        String decline = "/coach-change-requests/" + requestId + "/decline";
        mvc.perform(get("/coach-change-requests").with(fixtures.as(hr)))
                .andExpect(Page.count("a[href=" + decline + "]", greaterThan(0)));

        // nobody but HR answers, and an unknown request is not found
        for (User notHr : java.util.List.of(t.client(), t.coach(), t.leader())) {
            mvc.perform(get(decline).with(fixtures.as(notHr))).andExpect(status().isForbidden());
            mvc.perform(post(decline).with(fixtures.as(notHr)).with(csrf()).param("answer", answer))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/coach-change-requests/{id}/decline", requestId + 100_000)
                        .with(fixtures.as(hr)))
                .andExpect(status().isNotFound());

        // an answer is needed, next to its field
        mvc.perform(post(decline).with(fixtures.as(hr)).with(csrf()).param("answer", " "))
                .andExpect(status().isOk())
                .andExpect(Page.text("#answer-error", containsString("Tell the client why the coach stays")));
        assertThat(requests.openOf(t.id())).isPresent();

        mvc.perform(post(decline).with(fixtures.as(hr)).with(csrf()).param("answer", answer))
                .andExpect(redirectedUrl("/coach-change-requests"));
        CoachChangeRequest declined = requests.findById(requestId).orElseThrow();
        assertThat(declined.isOpen()).isFalse();
        assertThat(declined.isDeclined()).isTrue();
        assertThat(declined.getNewCoachId()).isNull();
        assertThat(declined.getClosedById()).isEqualTo(hr.getId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_entry where kind = 'COACH_CHANGE_DECLINED' and subject = ?",
                        Long.class,
                        "engagement " + t.id()))
                .isOne();
        // answering twice is refused on the form, and the page says it is answered
        mvc.perform(post(decline).with(fixtures.as(hr)).with(csrf()).param("answer", "Again"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already answered")));
        mvc.perform(get(decline).with(fixtures.as(hr))).andExpect(Page.count("#answered", greaterThan(0)));

        // the client is told there is an answer (not what it is) and reads it on the engagement
        assertThat(jdbc.queryForList(
                        "select text_body from outbox_message where kind = 'COACH_CHANGED' and recipient_user_id = ? "
                                + "and subject = 'Your request for a different coach: HR answered'",
                        String.class,
                        t.client().getId()))
                .singleElement()
                .asString()
                .contains("HR answered your request")
                .doesNotContain(answer);
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.client())))
                .andExpect(Page.text("#request-answer", containsString(answer)))
                .andExpect(Page.count("a[href=/engagements/" + t.id() + "/coach-change]", greaterThan(0)));
        // the coach is told nothing and reads nothing
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where recipient_user_id = ? and subject like '%request%'",
                        Long.class, t.coach().getId()))
                .isZero();
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.coach())))
                .andExpect(content().string(not(containsString(answer))));
        mvc.perform(get("/engagements/{id}/evaluation", t.id()).with(fixtures.as(t.leader())))
                .andExpect(content().string(not(containsString(answer))));
    }

    @Test
    void aClientWithoutACoachOrAClosedEngagementCannotAsk() throws Exception {
        User client = fixtures.person(Role.CLIENT);
        var engagement = fixtures.anEngagement().withClient(client).build();
        mvc.perform(post("/engagements/{id}/coach-change", engagement.getId())
                        .with(fixtures.as(client))
                        .with(csrf())
                        .param("reason", REASON))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No coach is assigned yet")));
        assertThat(requests.openOf(engagement.getId())).isEmpty();
    }

    @Test
    void theAssignmentPageRanksCoachesByFitWithReasonsAndPastRatings() throws Exception {
        User rated = fixtures.person(Role.COACH);
        fixtures.person(Role.COACH);
        Triad done = null;
        for (int i = 0; i < 5; i++) {
            User client = fixtures.person(Role.CLIENT);
            User leader = fixtures.person(Role.LEADER);
            done = new Triad(
                    fixtures.anEngagement()
                            .withClient(client)
                            .withLeader(leader)
                            .withCoach(rated)
                            .build(),
                    client,
                    rated,
                    leader);
            activity.close(done.id(), dev.triad.engagement.PhaseMoved.Closure.COMPLETED);
            activity.answerCloseOut(done.id(), client, 5, 4, 4, 9);
        }
        // The coach reads their own scores in aggregate only: over their five rated engagements.
        mvc.perform(get("/engagements/{id}/evaluation", done.id()).with(fixtures.as(rated)))
                .andExpect(content()
                        .string(containsString("5.0 out of 5 on average, over 5 of your completed engagements")));
        var open = fixtures.anEngagement().build();
        String page = mvc.perform(get("/engagements/{id}/coach", open.getId())
                        .param("language", "english")
                        .with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("best fit first")
                .contains("Speaks English")
                .contains("Suggested #1")
                .contains("Close-out satisfaction 5.0 / 5 over 5 engagements")
                .contains("No close-out rating yet (fewer than 5 rated engagements)");
        // An unknown language is ignored rather than ranking every coach alike.
        mvc.perform(get("/engagements/{id}/coach", open.getId())
                        .param("language", "Klingon")
                        .with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Klingon"))));
    }
}
