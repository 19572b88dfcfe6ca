package dev.triad.evaluation;

import dev.triad.engagement.PhaseMoved;
import dev.triad.support.Activity;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The close-out survey: sent to client and leader when an engagement closes as completed (the PhaseMoved event,
 * published here as the phase-move module will), answered once by each, with a clear message for a second try.
 */
@IntegrationTest
class CloseOutIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    ApplicationContext context;

    @Autowired
    CloseOutSurveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    Activity activity;

    @BeforeEach
    void activity() {
        activity = new Activity(context);
    }

    @Test
    void aCompletedEngagementSendsTheSurveyToClientAndLeaderOnce() throws Exception {
        Triad t = fixtures.aTriad();
        activity.close(t.id(), PhaseMoved.Closure.COMPLETED);
        assertThat(surveys.findByEngagementIdOrderByRespondentRole(t.id()))
                .extracting(CloseOutSurvey::getRespondentId)
                .containsExactly(t.client().getId(), t.leader().getId());
        assertThat(surveys.findByEngagementIdOrderByRespondentRole(t.id()))
                .allMatch(s -> t.coach().getId().equals(s.getCoachId()));
        // Published twice (a retried move): still one survey each.
        activity.close(t.id(), PhaseMoved.Closure.COMPLETED);
        assertThat(surveys.findByEngagementIdOrderByRespondentRole(t.id())).hasSize(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox_message where kind = 'CLOSE_OUT_SURVEY' and recipient_user_id in (?, ?)",
                        Long.class,
                        t.client().getId(),
                        t.leader().getId()))
                .isEqualTo(2);
        mvc.perform(get("/").with(fixtures.as(t.leader())))
                .andExpect(Page.texts(
                        "#reminders [role=alert] > span",
                        hasItem(containsString("the close-out survey is waiting for your answer"))))
                .andExpect(Page.count("#reminders a[href=/engagements/" + t.id() + "/close-out]", is(1)));
    }

    @Test
    void aTerminatedEngagementOrAnotherMoveSendsNoSurvey() {
        Triad t = fixtures.aTriad();
        activity.close(t.id(), PhaseMoved.Closure.TERMINATED);
        Triad u = fixtures.aTriad();
        context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .executeWithoutResult(s -> context.publishEvent(new PhaseMoved(
                        u.id(),
                        dev.triad.engagement.Phase.ALIGNMENT,
                        dev.triad.engagement.Phase.COACHING,
                        null,
                        null,
                        Instant.now())));
        assertThat(surveys.findByEngagementIdOrderByRespondentRole(t.id())).isEmpty();
        assertThat(surveys.findByEngagementIdOrderByRespondentRole(u.id())).isEmpty();
    }

    @Test
    void eachRespondentAnswersOnceAndIsToldSoClearly() throws Exception {
        Triad t = fixtures.aTriad();
        activity.close(t.id(), PhaseMoved.Closure.COMPLETED);
        String path = "/engagements/" + t.id() + "/close-out";
        mvc.perform(post(path).with(fixtures.as(t.client())).with(csrf()).param("satisfaction", "4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how far the goals were achieved")))
                .andExpect(content().string(containsString("Choose how likely you are to recommend this coaching")));
        mvc.perform(post(path)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("satisfaction", "5")
                        .param("goalsAchieved", "4")
                        .param("behaviourChange", "4")
                        .param("wouldRecommend", "11"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose from 0 to 10")));
        mvc.perform(post(path)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("satisfaction", "5")
                        .param("goalsAchieved", "4")
                        .param("behaviourChange", "3")
                        .param("wouldRecommend", "9")
                        .param("comments", "It changed how I delegate"))
                .andExpect(redirectedUrl(path));
        mvc.perform(post(path)
                        .with(fixtures.as(t.client()))
                        .with(csrf())
                        .param("satisfaction", "1")
                        .param("goalsAchieved", "1")
                        .param("behaviourChange", "1")
                        .param("wouldRecommend", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You answered this survey on")))
                .andExpect(content().string(containsString("Each person answers once")))
                .andExpect(Page.text("#my-answer dd.text-prewrap", containsString("It changed how I delegate")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from close_out_answer where engagement_id = ?", Long.class, t.id()))
                .isOne();
        assertThat(jdbc.queryForObject(
                        "select satisfaction from close_out_answer where engagement_id = ?", Integer.class, t.id()))
                .isEqualTo(5);
        // The leader answers their own survey; each sees only their own answer.
        activity.answerCloseOut(t.id(), t.leader(), 4, 3, 4, 8);
        mvc.perform(get(path).with(fixtures.as(t.leader())))
                .andExpect(Page.text(
                        "#my-answer dd.text-prewrap",
                        is("Comment by " + t.leader().getFullName())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("It changed how I delegate"))));
        assertThatThrownBy(() -> activity.answerCloseOut(t.id(), t.leader(), 1, 1, 1, 1))
                .isInstanceOf(AlreadyAnswered.class);
    }

    @Test
    void theDatabaseRefusesASecondAnswerToOneSurvey() {
        Triad t = fixtures.aTriad();
        activity.close(t.id(), PhaseMoved.Closure.COMPLETED);
        activity.answerCloseOut(t.id(), t.client(), 4, 4, 4, 9);
        Long surveyId = surveys.findByEngagementIdAndRespondentId(
                        t.id(), t.client().getId())
                .orElseThrow()
                .getId();
        assertThatThrownBy(() -> jdbc.update(
                        "insert into close_out_answer (survey_id, engagement_id, satisfaction, goals_achieved, "
                                + "behaviour_change, would_recommend, answered_at) values (?, ?, 1, 1, 1, 1, ?)",
                        surveyId,
                        t.id(),
                        Timestamp.from(Instant.now())))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("close_out_answer_once");
    }

    @Test
    void onlyTheRespondentsHaveASurveyPage() throws Exception {
        Triad t = fixtures.aTriad();
        activity.close(t.id(), PhaseMoved.Closure.COMPLETED);
        String path = "/engagements/" + t.id() + "/close-out";
        mvc.perform(get(path).with(fixtures.as(t.coach()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(fixtures.hr()))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(fixtures.aTriad().client()))).andExpect(status().isNotFound());
        mvc.perform(post(path)
                        .with(fixtures.as(t.coach()))
                        .with(csrf())
                        .param("satisfaction", "1")
                        .param("goalsAchieved", "1")
                        .param("behaviourChange", "1")
                        .param("wouldRecommend", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How satisfied are you with the coaching?")));
    }
}
