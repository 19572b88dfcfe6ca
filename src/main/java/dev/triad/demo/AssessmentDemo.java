package dev.triad.demo;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentDetails;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.ScoreLine;
import dev.triad.assessment.Sharing;
import dev.triad.engagement.Engagement;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.FeedbackQuestionSet;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.QuestionSetService;
import dev.triad.feedback.RaterGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo client's assessments: a psychometric report with scores whose summary is shared with the
 * leader, stakeholder interviews kept between client and coach, and a closed 360 request with answers
 * from the leader, three peers and a direct report, and the client's own view. The coach's and leader's
 * reads appear in the client's access log. Runs once, after the demo organisation, while the assessment
 * tables are empty.
 */
@Component
@Order(DemoData.ORDER + 50)
@ConditionalOnProperty(name = "triad.demo.enabled", havingValue = "true")
class AssessmentDemo implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemo.class);

    private final People users;
    private final EngagementDirectory engagements;
    private final AssessmentService assessments;
    private final FeedbackService feedback;
    private final QuestionSetService questionSets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    AssessmentDemo(
            People users,
            EngagementDirectory engagements,
            AssessmentService assessments,
            FeedbackService feedback,
            QuestionSetService questionSets,
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            Clock clock) {
        this.users = users;
        this.engagements = engagements;
        this.assessments = assessments;
        this.feedback = feedback;
        this.questionSets = questionSets;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        User client = users.findByEmail("client@demo.triad").orElse(null);
        if (client == null || jdbc.queryForObject("select count(*) from assessment", Long.class) > 0) {
            return;
        }
        List<Long> ids = jdbc.queryForList(
                "select id from engagement where client_id = ? and coach_id is not null order by id",
                Long.class,
                client.getId());
        if (ids.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> load(ids.get(0)));
        log.info("Demo data: assessments and a 360 request for client@demo.triad.");
    }

    private void load(Long engagementId) {
        Engagement engagement = engagements.findWithPeople(engagementId).orElseThrow();
        CurrentUser client = principal(engagement.getClient());
        CurrentUser coach = principal(engagement.getCoach());
        CurrentUser leader = principal(engagement.getLeader());
        LocalDate today = LocalDate.now(clock);

        Assessment hogan = assessments.create(
                engagementId,
                new AssessmentDetails(
                        AssessmentKind.PSYCHOMETRIC,
                        "Hogan Leadership Forecast",
                        today.minusWeeks(6),
                        "A strong, ambitious profile with high interpersonal sensitivity. Under pressure Chris tends to take over "
                                + "work rather than delegate, and can come across as impatient in meetings.",
                        "Builds relationships quickly\nClear, structured thinker\nHigh standards for quality",
                        "Delegating decisions, not just tasks\nPatience when others think aloud\nAsking before telling"),
                coach);
        assessments.replaceScores(engagementId, hogan.getId(), ScoreLine.parse("""
                Adjustment; 72; 100
                Ambition; 88; 100
                Sociability; 64; 100
                Interpersonal sensitivity; 81; 100
                Prudence; 45; 100
                Inquisitive; 70; 100
                Learning approach; 58; 100
                """), coach);
        assessments.share(engagementId, hogan.getId(), Sharing.SUMMARY, client);

        assessments.create(
                engagementId,
                new AssessmentDetails(
                        AssessmentKind.STAKEHOLDER_INTERVIEWS,
                        "Interviews with five stakeholders",
                        today.minusWeeks(5),
                        "Carmen spoke with the finance lead, two peers and two team members about how Chris leads.",
                        "Reliable in a crisis\nKnows the operation in detail",
                        "Lets the team bring solutions\nShares context earlier"),
                coach);

        Long setId = questionSets.all().stream()
                .filter(s -> s.getName().equals("Leadership 360"))
                .map(FeedbackQuestionSet::getId)
                .findFirst()
                .orElse(null);
        if (setId != null) {
            threeSixty(engagementId, engagement, client, coach, setId, today);
        }
        // The coach debriefs the report; the leader reads the summary Chris shares: both show in Chris's access log.
        assessments.page(engagementId, hogan.getId(), coach);
        assessments.page(engagementId, hogan.getId(), leader);
        assessments.overview(engagementId, leader);
    }

    private void threeSixty(
            Long engagementId,
            Engagement engagement,
            CurrentUser client,
            CurrentUser coach,
            Long setId,
            LocalDate today) {
        Assessment review = feedback.createRequest(
                engagementId, new NewFeedbackRequest("360 feedback on leadership", setId, today.plusDays(10)), coach);
        feedback.addRater(
                engagementId,
                review.getId(),
                new NewRater(
                        engagement.getLeader().getFullName(),
                        engagement.getLeader().getEmail(),
                        RaterGroup.LEADER),
                coach);
        String[][] raters = {
            {"Maria Lopez", "maria.lopez@example.com", "PEER"},
            {"Tomás Novak", "tomas.novak@example.com", "PEER"},
            {"Ingrid Sørensen", "ingrid.sorensen@example.com", "PEER"},
            {"Ravi Patel", "ravi.patel@example.com", "DIRECT_REPORT"},
            {"Lena Vogel", "lena.vogel@example.com", "DIRECT_REPORT"},
            {"Oliver Grant", "oliver.grant@example.com", "CUSTOMER"}
        };
        for (String[] r : raters) {
            feedback.addRater(engagementId, review.getId(), new NewRater(r[0], r[1], RaterGroup.valueOf(r[2])), coach);
        }
        Long requestId = jdbc.queryForObject(
                "select id from feedback_request where assessment_id = ?", Long.class, review.getId());
        List<Map<String, Object>> questions = jdbc.queryForList(
                "select id, kind from feedback_request_question where request_id = ? order by position", requestId);
        // The leader, the three peers and one direct report answered (the others did not, before the client closed it).
        List<Long> answered = jdbc.queryForList(
                "select id from feedback_rater where request_id = ? and rater_group <> 'SELF' "
                        + "and email not in ('lena.vogel@example.com', 'oliver.grant@example.com') order by id",
                Long.class,
                requestId);
        String[] words = {
            "Gets to the heart of a problem fast and keeps the team calm.",
            "Bring the team into decisions earlier: ask what they would do before giving the answer.",
            "Jump in less during meetings; let people finish their thoughts.",
            "Very clear about priorities; I always know what matters this quarter.",
            "Delegate the supplier reviews completely, including the decision."
        };
        // Ratings per rater (leader, the three peers, the direct report) on the ten items in their order, as the
        // summary reads them: clear direction and calm under pressure rated high, listening and delegation low, the
        // raters close but not identical.
        int[][] ratingsOf = {
            {5, 4, 3, 4, 3, 3, 4, 4, 5, 5},
            {5, 4, 3, 3, 2, 3, 4, 3, 4, 5},
            {4, 3, 2, 4, 2, 3, 5, 3, 4, 4},
            {5, 4, 3, 4, 3, 2, 4, 4, 4, 5},
            {4, 4, 2, 3, 2, 3, 3, 3, 4, 5}
        };
        Timestamp now = Timestamp.from(clock.instant());
        for (int r = 0; r < answered.size(); r++) {
            int item = 0;
            for (int q = 0; q < questions.size(); q++) {
                Long questionId = (Long) questions.get(q).get("id");
                if ("RATING".equals(questions.get(q).get("kind"))) {
                    int rating = ratingsOf[r % ratingsOf.length][item++ % ratingsOf[0].length];
                    jdbc.update(
                            "insert into feedback_answer (rater_id, question_id, request_id, rating) values (?, ?, ?, ?)",
                            answered.get(r),
                            questionId,
                            requestId,
                            rating);
                } else if ((r + q) % 2 == 0) {
                    jdbc.update(
                            "insert into feedback_answer (rater_id, question_id, request_id, text) values (?, ?, ?, ?)",
                            answered.get(r),
                            questionId,
                            requestId,
                            words[(r + q) % words.length]);
                }
            }
            jdbc.update("update feedback_rater set submitted_at = ? where id = ?", now, answered.get(r));
        }
        // Chris's own view: much like the others', but delegation rated far higher than they rate it
        int[] selfRatings = {5, 4, 4, 4, 5, 4, 4, 4, 4, 4};
        Map<Long, String> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        int item = 0;
        for (int q = 0; q < questions.size(); q++) {
            Long questionId = (Long) questions.get(q).get("id");
            if ("RATING".equals(questions.get(q).get("kind"))) {
                ratings.put(questionId, String.valueOf(selfRatings[item++ % selfRatings.length]));
            } else {
                texts.put(
                        questionId,
                        "I want to hand over more of the day-to-day decisions and coach the team through them.");
            }
        }
        feedback.answerSelf(engagementId, review.getId(), new AnswerInput(ratings, texts), true, client);
        feedback.close(engagementId, review.getId(), client);
        Assessment closed =
                assessments.forEdit(engagementId, review.getId(), coach).assessment();
        assessments.update(
                engagementId,
                review.getId(),
                closed.getVersion(),
                new AssessmentDetails(
                        AssessmentKind.REVIEW_360,
                        closed.getTitle(),
                        closed.getAssessedOn(),
                        "Raters see a leader who is clear about priorities and calm in a crisis, and who could bring the team into decisions earlier. "
                                + "Chris rates their own delegation higher than others do.",
                        "Clear priorities\nCalm under pressure\nHigh standards",
                        "Involving the team before deciding\nLetting others finish their thoughts"),
                coach);
        feedback.results(engagementId, review.getId(), coach);
    }

    private static CurrentUser principal(User user) {
        return new CurrentUser(user.getId(), user.getEmail(), user.getFullName(), user.getRoles(), true, false, "");
    }
}
