package dev.triad.demo;

import dev.triad.account.CurrentUser;
import dev.triad.account.User;
import dev.triad.account.Users;
import dev.triad.assessment.AssessmentOverview;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.FeedbackResultsPage;
import dev.triad.assessment.FeedbackService;
import dev.triad.assessment.Sharing;
import dev.triad.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo client's assessments: a shared report with scores, private interviews, a closed 360 with results, and reads in the log. */
@SpringBootTest(properties = "triad.demo.enabled=true")
class AssessmentDemoIntegrationTest {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String url = TestDatabase.createFreshDatabase();
        registry.add("spring.datasource.url", () -> url);
    }

    @Autowired
    Users users;

    @Autowired
    AssessmentService assessments;

    @Autowired
    FeedbackService feedback;

    @Autowired
    AssessmentDemo demo;

    @Autowired
    JdbcTemplate jdbc;

    CurrentUser principal(String email) {
        User user = users.findWithRoles(users.findByEmail(email).orElseThrow().getId()).orElseThrow();
        return new CurrentUser(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), true, false, "");
    }

    @Test
    void theDemoClientHasAssessmentsAClosed360WithResultsAndAnAccessLogOnce() throws Exception {
        Long engagement = jdbc.queryForObject("select e.id from engagement e join app_user u on u.id = e.client_id "
                + "where u.email = 'client@demo.triad'", Long.class);
        AssessmentOverview client = assessments.overview(engagement, principal("client@demo.triad"));
        assertThat(client.cards()).hasSize(3);
        assertThat(client.cards()).anySatisfy(card -> {
            assertThat(card.assessment().getTitle()).isEqualTo("Hogan Leadership Forecast");
            assertThat(card.assessment().getSharing()).isEqualTo(Sharing.SUMMARY);
            assertThat(card.scores()).hasSize(7);
        });
        AssessmentOverview leader = assessments.overview(engagement, principal("leader@demo.triad"));
        assertThat(leader.cards()).singleElement().satisfies(card -> assertThat(card.whole()).isFalse());

        Long review = jdbc.queryForObject("select assessment_id from feedback_request where engagement_id = ?", Long.class, engagement);
        FeedbackResultsPage results = feedback.results(engagement, review, principal("client@demo.triad"));
        assertThat(results.results()).isNotNull();
        assertThat(results.results().getColumns()).extracting(c -> c.label()).containsExactly("Self", "All raters", "Leader", "Peers");
        assertThat(results.results().getNotShown()).isEqualTo(1);

        assertThat(assessments.accessLog(engagement, principal("client@demo.triad"), PageRequest.of(0, 50)).entries().getContent())
                .extracting(e -> e.getReader().getEmail()).contains("coach@demo.triad", "leader@demo.triad");

        long before = jdbc.queryForObject("select count(*) from assessment", Long.class);
        demo.run(null);
        assertThat(jdbc.queryForObject("select count(*) from assessment", Long.class)).isEqualTo(before);
    }
}
