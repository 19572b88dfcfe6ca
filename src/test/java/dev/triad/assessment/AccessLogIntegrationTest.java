package dev.triad.assessment;

import dev.triad.account.User;
import dev.triad.feedback.FeedbackService;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import dev.triad.support.IntegrationTest;
import dev.triad.support.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every read of assessment content by someone other than the client is logged (who, which assessment,
 * what, when); the client reads the log; nothing can change or remove an entry, not even SQL.
 */
@IntegrationTest
class AccessLogIntegrationTest {

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

    Triad t;
    Assessment report;
    AssessmentFile file;
    Assessment review;

    @BeforeEach
    void anEngagementWithAReportAndAClosed360() {
        t = fixtures.aTriad();
        report = data.psychometric(t, "log" + t.id());
        file = data.pdf(t, report, "hogan.pdf");
        review = data.request(t, "Review " + t.id());
        feedback.close(t.id(), review.getId(), data.p(t.client()));
    }

    String base() {
        return "/engagements/" + t.id() + "/assessments";
    }

    List<Map<String, Object>> entries() {
        return jdbc.queryForList(
                "select reader_id, reader_role, assessment_id, what, detail from assessment_access "
                        + "where engagement_id = ? order by id",
                t.id());
    }

    @Test
    void theClientsOwnReadsAreNotLogged() throws Exception {
        for (String url : List.of(
                base(),
                base() + "/" + report.getId(),
                base() + "/" + report.getId() + "/files/" + file.getId(),
                base() + "/" + review.getId() + "/results",
                base() + "/" + report.getId() + "/edit")) {
            mvc.perform(get(url).with(fixtures.as(t.client()))).andExpect(status().isOk());
        }
        assertThat(entries()).isEmpty();
    }

    @Test
    void everyReadByTheCoachOrLeaderIsWrittenWithWhoWhatAndWhich() throws Exception {
        mvc.perform(get(base() + "/" + report.getId()).with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        mvc.perform(get(base() + "/" + report.getId() + "/files/" + file.getId())
                        .with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        mvc.perform(get(base() + "/" + review.getId() + "/results").with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        mvc.perform(get(base()).with(fixtures.as(t.coach()))).andExpect(status().isOk());
        assessments.share(t.id(), report.getId(), Sharing.WHOLE, data.p(t.client()));
        mvc.perform(get(base() + "/" + report.getId()).with(fixtures.as(t.leader())))
                .andExpect(status().isOk());
        mvc.perform(get(base() + "/" + report.getId() + "/files/" + file.getId())
                        .with(fixtures.as(t.leader())))
                .andExpect(status().isOk());
        // refused reads are not reads
        mvc.perform(get(base() + "/" + review.getId()).with(fixtures.as(t.leader())))
                .andExpect(status().isNotFound());

        Long coach = t.coach().getId();
        Long leader = t.leader().getId();
        assertThat(entries())
                .extracting(
                        e -> e.get("reader_id"),
                        e -> e.get("reader_role"),
                        e -> e.get("assessment_id"),
                        e -> e.get("what"),
                        e -> e.get("detail"))
                .containsExactlyInAnyOrder(
                        tuple(coach, "COACH", report.getId(), "ASSESSMENT", null),
                        tuple(coach, "COACH", report.getId(), "FILE", "hogan.pdf"),
                        tuple(coach, "COACH", review.getId(), "FEEDBACK_RESULTS", null),
                        tuple(coach, "COACH", report.getId(), "OVERVIEW", null),
                        tuple(coach, "COACH", review.getId(), "OVERVIEW", null),
                        tuple(leader, "LEADER", report.getId(), "ASSESSMENT", null),
                        tuple(leader, "LEADER", report.getId(), "FILE", "hogan.pdf"));

        mvc.perform(get(base() + "/access-log").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".access-entry td:nth-child(2)",
                        hasItems(
                                t.coach().getFullName() + " (coach)", t.leader().getFullName() + " (leader)")))
                .andExpect(Page.texts(
                        ".access-entry",
                        hasItem(allOf(
                                containsString(t.leader().getFullName() + " (leader)"),
                                containsString("Downloaded a file: hogan.pdf")))))
                .andExpect(
                        Page.texts(".access-entry td:nth-child(4)", hasItem(containsString("Opened the 360 results"))))
                .andExpect(Page.texts(
                        ".access-entry td:nth-child(3)", hasItem(containsString("Instrument log" + t.id()))));
    }

    @Test
    void theLeadersReadsThroughTheAssessmentsPageAndOfThe360ResultsAreLoggedAsTheCoachsAre() throws Exception {
        // nothing shared: the leader's assessments page shows no content, so it is no read
        mvc.perform(get(base()).with(fixtures.as(t.leader()))).andExpect(status().isOk());
        assertThat(entries()).isEmpty();

        assessments.share(t.id(), report.getId(), Sharing.SUMMARY, data.p(t.client()));
        assessments.share(t.id(), review.getId(), Sharing.WHOLE, data.p(t.client()));
        mvc.perform(get(base()).with(fixtures.as(t.leader()))).andExpect(status().isOk());
        mvc.perform(get(base() + "/" + review.getId() + "/results").with(fixtures.as(t.leader())))
                .andExpect(status().isOk());
        // the coach's reads through the edit form and the results page are reads too
        mvc.perform(get(base() + "/" + report.getId() + "/edit").with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        mvc.perform(get(base() + "/" + review.getId() + "/results").with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        // a summary share does not open the results: refused, and not logged
        mvc.perform(get(base() + "/" + report.getId() + "/results").with(fixtures.as(t.leader())))
                .andExpect(status().isNotFound());

        Long coach = t.coach().getId();
        Long leader = t.leader().getId();
        assertThat(entries())
                .extracting(
                        e -> e.get("reader_id"),
                        e -> e.get("reader_role"),
                        e -> e.get("assessment_id"),
                        e -> e.get("what"))
                .containsExactlyInAnyOrder(
                        tuple(leader, "LEADER", report.getId(), "OVERVIEW"),
                        tuple(leader, "LEADER", review.getId(), "OVERVIEW"),
                        tuple(leader, "LEADER", review.getId(), "FEEDBACK_RESULTS"),
                        tuple(coach, "COACH", report.getId(), "ASSESSMENT"),
                        tuple(coach, "COACH", review.getId(), "FEEDBACK_RESULTS"));
        mvc.perform(get(base() + "/access-log").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(Page.texts(
                        ".access-entry td:nth-child(2)", hasItem(t.leader().getFullName() + " (leader)")))
                .andExpect(Page.texts(
                        ".access-entry td:nth-child(4)",
                        hasItems(containsString("Opened the 360 results"), containsString("Saw its summary"))));
    }

    @Test
    void onlyTheClientReadsTheLog() throws Exception {
        mvc.perform(get(base() + "/access-log").with(fixtures.as(t.client())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nobody but you has read your assessments yet")));
        for (User who : List.of(t.coach(), t.leader(), fixtures.hr())) {
            mvc.perform(get(base() + "/access-log").with(fixtures.as(who))).andExpect(status().isForbidden());
        }
        mvc.perform(get(base() + "/access-log")
                        .with(fixtures.as(fixtures.aTriad().client())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLogCannotBeChangedThroughTheApplicationNorInTheDatabase() throws Exception {
        mvc.perform(get(base() + "/" + report.getId()).with(fixtures.as(t.coach())))
                .andExpect(status().isOk());
        assertThat(entries()).hasSize(1);
        mvc.perform(post(base() + "/access-log").with(fixtures.as(t.client())).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete(base() + "/access-log").with(fixtures.as(t.client())).with(csrf()))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(put(base() + "/access-log").with(fixtures.as(t.client())).with(csrf()))
                .andExpect(status().isMethodNotAllowed());

        assertThatThrownBy(() -> jdbc.update(
                        "update assessment_access set reader_id = ? where engagement_id = ?",
                        t.client().getId(),
                        t.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from assessment_access where engagement_id = ?", t.id()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate assessment_access cascade"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(entries()).hasSize(1);
    }
}
