package dev.triad.assessment;

import dev.triad.account.User;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import dev.triad.support.StatementCounter;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assessments page and the 360 results cost the same number of statements whatever they show, logging included. */
@IntegrationTest
class AssessmentQueryBoundsIntegrationTest {

    static final int BOUND = 15;

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FeedbackService feedback;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentTestData data;

    StatementCounter counter;

    @BeforeEach
    void counter(@Autowired EntityManagerFactory entityManagerFactory) {
        counter = new StatementCounter(entityManagerFactory);
    }

    /** An engagement with {@code reports} scored reports with files, and {@code requests} closed 360s with {@code raters} answers each. */
    Triad engagementWith(int reports, int requests, int raters) {
        Triad t = fixtures.aTriad();
        for (int i = 0; i < reports; i++) {
            Assessment report = data.psychometric(t, "r" + i);
            data.pdf(t, report, "r" + i + ".pdf");
            assessments.share(t.id(), report.getId(), Sharing.values()[i % 3], data.p(t.client()));
        }
        for (int i = 0; i < requests; i++) {
            Assessment review = data.request(t, "Review " + i);
            for (int r = 0; r < raters; r++) {
                String link =
                        data.rater(t, review, "Rater " + r, Fixtures.uniqueEmail("r"), RaterGroup.values()[1 + r % 5]);
                feedback.answer(AssessmentTestData.token(link), data.answers(review, 1 + r % 5, "Words " + r), true);
            }
            feedback.close(t.id(), review.getId(), data.p(t.client()));
            assessments.share(t.id(), review.getId(), Sharing.WHOLE, data.p(t.client()));
        }
        return t;
    }

    long statements(String path, User who) throws Exception {
        var principal = fixtures.as(who);
        return counter.count(() -> mvc.perform(get(path).with(principal)).andExpect(status().isOk()));
    }

    @Test
    void theAssessmentsPageCostsTheSameForOneAssessmentAsForEight() throws Exception {
        Triad small = engagementWith(1, 1, 1);
        Triad large = engagementWith(6, 2, 4);
        for (java.util.function.Function<Triad, User> who : java.util.List.<java.util.function.Function<Triad, User>>of(
                Triad::client, Triad::coach, Triad::leader)) {
            long few = statements("/engagements/" + small.id() + "/assessments", who.apply(small));
            long many = statements("/engagements/" + large.id() + "/assessments", who.apply(large));
            assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
        }
        mvc.perform(get("/engagements/" + large.id() + "/assessments").with(fixtures.as(large.coach())))
                .andExpect(Page.texts(".assessment-card h3", hasItem(containsString("Instrument r5"))));
    }

    @Test
    void theResultsCostTheSameForOneRaterAsForTen() throws Exception {
        Triad small = engagementWith(0, 1, 1);
        Triad large = engagementWith(0, 1, 10);
        Long smallReview =
                jdbc.queryForObject("select id from assessment where engagement_id = ?", Long.class, small.id());
        Long largeReview =
                jdbc.queryForObject("select id from assessment where engagement_id = ?", Long.class, large.id());
        for (java.util.function.Function<Triad, User> who : java.util.List.<java.util.function.Function<Triad, User>>of(
                Triad::client, Triad::coach, Triad::leader)) {
            long few = statements(
                    "/engagements/" + small.id() + "/assessments/" + smallReview + "/results", who.apply(small));
            long many = statements(
                    "/engagements/" + large.id() + "/assessments/" + largeReview + "/results", who.apply(large));
            assertThat(many).isEqualTo(few).isLessThanOrEqualTo(BOUND);
        }
    }
}
