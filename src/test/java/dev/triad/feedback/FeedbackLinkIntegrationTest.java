package dev.triad.feedback;

import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentTestData;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 360 raters' links through the web, without an account: drafts, one submission, and the link refused
 * once used, expired, closed, made up, or someone else's; the rules for raters and reminders; and
 * that no rater's name or email reaches a results page.
 */
@IntegrationTest
class FeedbackLinkIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    FeedbackService feedback;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentTestData data;

    Triad t;
    Assessment review;
    String annEmail;
    String ann;
    String bob;

    @BeforeEach
    void aRequestWithTwoRaters() {
        t = fixtures.aTriad();
        review = data.request(t, "Review " + t.id());
        annEmail = Fixtures.uniqueEmail("ann");
        ann = data.rater(t, review, "Ann Peer", annEmail, RaterGroup.PEER);
        bob = data.rater(t, review, "Bob Peer", Fixtures.uniqueEmail("bob"), RaterGroup.PEER);
    }

    String base() {
        return "/engagements/" + t.id() + "/assessments/" + review.getId();
    }

    /** A form post through a link: every rating item rated {@code rating} (or none), the open questions answered. */
    MockHttpServletRequestBuilder answer(String link, String action, Integer rating, String words) {
        MockHttpServletRequestBuilder request = post(link).with(csrf()).param("action", action);
        if (rating != null) {
            data.questionIds(review, "RATING").forEach(id -> request.param("rating-" + id, String.valueOf(rating)));
        }
        if (words != null) {
            data.questionIds(review, "OPEN").forEach(id -> request.param("text-" + id, words));
        }
        return request;
    }

    @Test
    void aRaterWithoutAnAccountSavesADraftComesBackAndSubmitsOnce() throws Exception {
        mvc.perform(get(ann))
                .andExpect(status().isOk())
                .andExpect(Page.text("h1", is("Feedback for " + t.client().getFullName())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Listens to understand before responding"),
                                containsString("Save draft"),
                                containsString("Your answers are anonymous"))));
        Long first = data.questionIds(review, "RATING").get(0);
        Long open = data.questionIds(review, "OPEN").get(0);
        mvc.perform(post(ann)
                        .with(csrf())
                        .param("action", "draft")
                        .param("rating-" + first, "4")
                        .param("text-" + open, "More one-to-ones"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(ann))
                .andExpect(flash().attribute("message", containsString("Draft saved")));
        mvc.perform(get(ann))
                .andExpect(status().isOk())
                .andExpect(
                        Page.count("input#rating-" + first + "-4[name=rating-" + first + "][value=4][checked]", is(1)))
                .andExpect(Page.value("textarea#text-" + open, is("More one-to-ones")))
                .andExpect(content().string(containsString("Your draft was saved")));

        // sending needs every rating; what was typed stays, and nothing is sent
        mvc.perform(post(ann)
                        .with(csrf())
                        .param("action", "submit")
                        .param("rating-" + first, "5")
                        .param("text-" + open, "Typed again"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5")))
                .andExpect(Page.value("textarea#text-" + open, is("Typed again")));
        assertThat(submittedRaters()).isZero();

        mvc.perform(answer(ann, "submit", 3, "Keep the weekly review")).andExpect(redirectedUrl("/feedback/thanks"));
        assertThat(submittedRaters()).isOne();
        mvc.perform(get("/feedback/thanks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thank you")));

        mvc.perform(get(ann))
                .andExpect(status().isGone())
                .andExpect(content()
                        .string(allOf(
                                containsString("This link no longer works"),
                                containsString("Your answers were sent"),
                                not(containsString("Keep the weekly review")))));
        mvc.perform(answer(ann, "submit", 1, "Changed my mind")).andExpect(status().isGone());
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_answer where text = 'Changed my mind'", Long.class))
                .isZero();
    }

    @Test
    void anExpiredLinkIsRefusedAndTakesNoAnswers() throws Exception {
        jdbc.update(
                "update feedback_request set closes_at = now() - interval '1 minute' where assessment_id = ?",
                review.getId());
        mvc.perform(get(ann)).andExpect(status().isGone()).andExpect(content().string(containsString("has passed")));
        mvc.perform(answer(ann, "submit", 4, "Late words")).andExpect(status().isGone());
        mvc.perform(answer(ann, "draft", 4, "Late draft")).andExpect(status().isGone());
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_answer a join feedback_rater r on r.id = a.rater_id "
                                + "where lower(r.email) = lower(?)",
                        Long.class,
                        annEmail))
                .isZero();
    }

    @Test
    void aRequestTheClientClosedRefusesItsLinks() throws Exception {
        mvc.perform(post(base() + "/feedback/close")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base() + "/results"));
        mvc.perform(get(bob)).andExpect(status().isGone()).andExpect(content().string(containsString("was closed")));
        mvc.perform(answer(bob, "submit", 4, null)).andExpect(status().isGone());
    }

    @Test
    void aMadeUpOrMangledLinkIsNotFoundNeverAnError() throws Exception {
        String token = AssessmentTestData.token(ann);
        String other = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        for (String link : List.of(
                "/feedback/" + other, "/feedback/abc", "/feedback/" + token + "x", "/feedback/" + "a".repeat(43))) {
            mvc.perform(get(link)).andExpect(status().isNotFound());
        }
        // refused by the firewall before reaching Triad: a plain 400, not an error page
        mvc.perform(get("/feedback/%00")).andExpect(status().isBadRequest());
        mvc.perform(post("/feedback/" + other).with(csrf()).param("action", "submit"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRaterWithSomeoneElsesLinkNeitherSeesNorChangesTheirAnswersAndForeignQuestionsAreIgnored() throws Exception {
        Long open = data.questionIds(review, "OPEN").get(0);
        mvc.perform(post(ann).with(csrf()).param("action", "draft").param("text-" + open, "Ann's private draft"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(bob))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("private draft"))));

        Triad other = fixtures.aTriad();
        Assessment otherReview = data.request(other, "Other review");
        Long foreign = data.questionIds(otherReview, "OPEN").get(0);
        mvc.perform(answer(bob, "submit", 2, "Bob's words").param("text-" + foreign, "Smuggled"))
                .andExpect(redirectedUrl("/feedback/thanks"));
        assertThat(jdbc.queryForObject("select count(*) from feedback_answer where text = 'Smuggled'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from feedback_answer where text = 'Ann''s private draft'", Long.class))
                .isOne();
        // Ann's link still works, with her draft
        mvc.perform(get(ann)).andExpect(status().isOk()).andExpect(content().string(containsString("private draft")));
        // a link opens nothing inside Triad
        mvc.perform(get(base())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCoachRemindsThoseWhoHaveNotAnsweredWithANewLinkOnceADayAndTheClientCannot() throws Exception {
        mvc.perform(answer(bob, "submit", 4, null)).andExpect(redirectedUrl("/feedback/thanks"));
        mvc.perform(post(base() + "/feedback/reminders")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/feedback/reminders")
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("message", "Reminder sent to 1 rater who had not answered."));
        String reminderLink = data.linkIn(annEmail, 1);
        assertThat(reminderLink).isNotEqualTo(ann);
        mvc.perform(get(reminderLink)).andExpect(status().isOk());
        mvc.perform(get(ann)).andExpect(status().isOk());
        mvc.perform(post(base() + "/feedback/reminders")
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("message", containsString("Nobody to remind")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where lower(recipient_email) = lower(?)",
                        Long.class,
                        annEmail))
                .isEqualTo(2);
        mvc.perform(answer(reminderLink, "submit", 5, null)).andExpect(redirectedUrl("/feedback/thanks"));
        mvc.perform(get(ann)).andExpect(status().isGone());
    }

    @Test
    void ratersAreCheckedAndCanBeRemovedOnlyUntilTheFirstAnswer() throws Exception {
        String raters = base() + "/feedback/raters";
        mvc.perform(post(raters)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "Chris again")
                        .param("email", t.client().getEmail())
                        .param("group", "PEER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("own address")));
        mvc.perform(post(raters)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "Ann twice")
                        .param("email", annEmail.toUpperCase())
                        .param("group", "PEER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already asked")));
        mvc.perform(post(raters)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "")
                        .param("email", "not-an-email")
                        .param("group", "SELFISH"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Enter the rater’s name"),
                                containsString("Enter an email address such as name@example.com"),
                                containsString("Choose one of the options"))));
        mvc.perform(post(raters)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("name", "Me")
                        .param("email", "me2@example.com")
                        .param("group", "SELF"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the rater’s group")));

        Long bobId = jdbc.queryForObject(
                "select id from feedback_rater where name = 'Bob Peer' and request_id = "
                        + "(select id from feedback_request where assessment_id = ?)",
                Long.class,
                review.getId());
        mvc.perform(post(base() + "/feedback/raters/" + bobId + "/delete")
                        .with(fixtures.as(t.client()))
                        .with(csrf()))
                .andExpect(flash().attribute("message", containsString("Rater removed")));
        mvc.perform(get(bob)).andExpect(status().isNotFound());

        mvc.perform(answer(ann, "submit", 4, null)).andExpect(redirectedUrl("/feedback/thanks"));
        String carl = data.rater(t, review, "Carl Peer", Fixtures.uniqueEmail("carl"), RaterGroup.PEER);
        Long carlId = jdbc.queryForObject(
                "select id from feedback_rater where name = 'Carl Peer' and request_id = "
                        + "(select id from feedback_request where assessment_id = ?)",
                Long.class,
                review.getId());
        mvc.perform(post(base() + "/feedback/raters/" + carlId + "/delete")
                        .with(fixtures.as(t.coach()))
                        .with(csrf()))
                .andExpect(flash().attribute("error", containsString("only until the first answer")));
        mvc.perform(get(carl)).andExpect(status().isOk());
        mvc.perform(get(base() + "/feedback").with(fixtures.as(t.coach())))
                .andExpect(Page.text(".answered-count", is("1 of 2 raters have answered.")))
                .andExpect(content().string(not(containsString("Remove Carl Peer"))));
    }

    @Test
    void theThresholdShowsThreePeersButFoldsTwoAndNoRaterNameOrEmailReachesAResultsPage() throws Exception {
        String cat = data.rater(t, review, "Cat Peer", Fixtures.uniqueEmail("cat"), RaterGroup.PEER);
        mvc.perform(answer(ann, "submit", 4, "Ann says hello")).andExpect(redirectedUrl("/feedback/thanks"));
        mvc.perform(answer(bob, "submit", 2, "Bob says hello")).andExpect(redirectedUrl("/feedback/thanks"));
        mvc.perform(post(base() + "/feedback/self")
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("action", "submit")
                        .params(selfRatings(5)))
                .andExpect(status().is3xxRedirection());

        // Results are not shown while the request is open.
        mvc.perform(get(base() + "/results").with(fixtures.as(t.coach())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Results are shown once it closes"),
                                not(containsString("Ann says hello")))));

        Triad twin = fixtures.aTriad();
        Assessment twinReview = data.request(twin, "Twin review");
        jdbc.update(
                "update feedback_request set closes_at = now() - interval '1 second' where assessment_id = ?",
                review.getId());
        String twoPeers = mvc.perform(get(base() + "/results").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(twoPeers)
                .contains("Self", "Ann says hello", "Bob says hello", "2 answer(s) came from groups too small")
                .doesNotContain(">Peers<", ">All raters<");

        // the same with a third peer: now the peers are shown as a group
        String p1 = data.rater(twin, twinReview, "Dan Peer", Fixtures.uniqueEmail("dan"), RaterGroup.PEER);
        String p2 = data.rater(twin, twinReview, "Eve Peer", Fixtures.uniqueEmail("eve"), RaterGroup.PEER);
        String p3 = data.rater(twin, twinReview, "Fay Peer", Fixtures.uniqueEmail("fay"), RaterGroup.PEER);
        for (String link : List.of(p1, p2, p3)) {
            feedback.answer(
                    AssessmentTestData.token(link), data.answers(twinReview, 3, "Words of " + link.hashCode()), true);
        }
        feedback.close(twin.id(), twinReview.getId(), data.p(twin.client()));
        String threePeers = mvc.perform(
                        get("/engagements/" + twin.id() + "/assessments/" + twinReview.getId() + "/results")
                                .with(fixtures.as(twin.coach())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(threePeers).contains(">Peers<", ">All raters<", "3 answer(s)");

        for (String page : List.of(
                twoPeers,
                threePeers,
                mvc.perform(get(base()).with(fixtures.as(t.coach())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                mvc.perform(get("/engagements/" + t.id() + "/assessments").with(fixtures.as(t.coach())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())) {
            assertThat(page)
                    .doesNotContain(
                            "Ann Peer",
                            "Bob Peer",
                            "Cat Peer",
                            "Dan Peer",
                            "Eve Peer",
                            "Fay Peer",
                            annEmail,
                            "@test.triad\"");
        }
        assertThat(cat).isNotBlank();
    }

    org.springframework.util.MultiValueMap<String, String> selfRatings(int rating) {
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        data.questionIds(review, "RATING").forEach(id -> params.add("rating-" + id, String.valueOf(rating)));
        return params;
    }

    long submittedRaters() {
        return jdbc.queryForObject(
                "select count(*) from feedback_rater r join feedback_request q on q.id = r.request_id "
                        + "where q.assessment_id = ? and r.submitted_at is not null",
                Long.class,
                review.getId());
    }
}
