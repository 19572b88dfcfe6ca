package dev.triad.feedback;

import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HR's question sets: the defaults that ship, editing them (HR only), and requests keeping their own copy. */
@IntegrationTest
class QuestionSetIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FeedbackService feedback;

    @Autowired
    QuestionSetService questionSets;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDefaultSetsShipWithRatingItemsByCompetencyAndTheFeedforwardQuestion() throws Exception {
        mvc.perform(get("/feedback-question-sets").with(fixtures.as(fixtures.hr())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        "table.question-sets tbody tr",
                        hasItem(allOf(
                                containsString("Leadership 360"),
                                containsString("10 rating items, 3 open questions")))))
                .andExpect(Page.texts("table.question-sets tbody strong", hasItem("Feedforward check-in")));
        FeedbackQuestionSet set = questionSets.all().stream()
                .filter(s -> s.getName().equals("Leadership 360"))
                .findFirst()
                .orElseThrow();
        assertThat(set.getItems())
                .extracting(QuestionItem::getText)
                .contains("What should this person do more of in the future?");
        assertThat(set.getItems())
                .filteredOn(QuestionItem::isRating)
                .extracting(QuestionItem::getCompetency)
                .contains("Communication", "Developing others");
    }

    @Test
    void onlyHrReachesTheQuestionSets() throws Exception {
        Triad t = fixtures.aTriad();
        for (User who : List.of(t.coach(), t.client(), t.leader())) {
            mvc.perform(get("/feedback-question-sets").with(fixtures.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/feedback-question-sets")
                            .with(fixtures.as(who))
                            .with(csrf())
                            .param("name", "Mine")
                            .param("ratingItems", "A | b"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void hrWritesASetLineByLineAndEditingItLeavesRequestsUnderWayAsTheyWere() throws Exception {
        User hr = fixtures.hr();
        String name = "Pulse " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/feedback-question-sets")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("name", name)
                        .param("ratingItems", "Listening | Listens well\nno bar on this line"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rating item 2: write the competency, then |")));
        mvc.perform(post("/feedback-question-sets")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("name", name)
                        .param("offered", "true")
                        .param("ratingItems", "Listening | Listens well\nDelegation\tHands over decisions")
                        .param("openQuestions", "What should this person do more of in the future?"))
                .andExpect(redirectedUrl("/feedback-question-sets"));
        mvc.perform(post("/feedback-question-sets")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("name", name.toUpperCase())
                        .param("ratingItems", "A | b"))
                .andExpect(content().string(containsString("Another question set has this name")));
        FeedbackQuestionSet set = questionSets.all().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow();

        Triad t = fixtures.aTriad();
        Assessment review = feedback.createRequest(
                t.id(),
                new NewFeedbackRequest("Pulse", set.getId(), LocalDate.now().plusDays(5)),
                fixtures.principal(t.coach()));

        mvc.perform(get("/feedback-question-sets/" + set.getId() + "/edit").with(fixtures.as(hr)))
                .andExpect(Page.value("#ratingItems", containsString("Delegation | Hands over decisions")));
        mvc.perform(post("/feedback-question-sets/" + set.getId() + "/edit")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("ratingItems", "Presence | Stays calm")
                        .param("openQuestions", "")
                        .param("_offered", "on"))
                .andExpect(redirectedUrl("/feedback-question-sets"));
        assertThat(questionSets.get(set.getId()).getItems())
                .extracting(QuestionItem::getText)
                .containsExactly("Stays calm");
        assertThat(questionSets.get(set.getId()).isOffered()).isFalse();
        assertThat(jdbc.queryForList(
                        "select q.text from feedback_request_question q join feedback_request r on r.id = q.request_id "
                                + "where r.assessment_id = ? order by q.position",
                        String.class,
                        review.getId()))
                .containsExactly(
                        "Listens well", "Hands over decisions", "What should this person do more of in the future?");
        // a retired set is no longer offered
        mvc.perform(get("/engagements/" + t.id() + "/assessments/new-360").with(fixtures.as(t.coach())))
                .andExpect(content().string(not(containsString(name))));
        // a stale edit is a conflict that keeps the text
        mvc.perform(post("/feedback-question-sets/" + set.getId() + "/edit")
                        .with(fixtures.as(hr))
                        .with(csrf())
                        .param("version", "0")
                        .param("name", name)
                        .param("ratingItems", "Typed | Kept text"))
                .andExpect(status().isConflict())
                .andExpect(Page.value("#ratingItems", is("Typed | Kept text")));
        assertThat(fixtures.person(Role.COACH)).isNotNull();
    }
}
