package dev.triad.assessment;

import dev.triad.account.CurrentUser;
import dev.triad.feedback.AnswerInput;
import dev.triad.feedback.FeedbackRater;
import dev.triad.feedback.FeedbackService;
import dev.triad.feedback.NewFeedbackRequest;
import dev.triad.feedback.NewRater;
import dev.triad.feedback.QuestionSetService;
import dev.triad.feedback.RaterGroup;
import dev.triad.support.Fixtures;
import dev.triad.support.Fixtures.Triad;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assessments, files and 360 requests for tests, made through the module's own services. Imported by
 * {@code @IntegrationTest} (public for that), so every such test shares it without a context of its own.
 */
@TestComponent
public class AssessmentTestData {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final Pattern RATER_LINK = Pattern.compile("http://localhost:8080(/feedback/[A-Za-z0-9_-]{43})");

    private final Fixtures fixtures;
    private final AssessmentService assessments;
    private final FeedbackService feedback;
    private final QuestionSetService questionSets;
    private final JdbcTemplate jdbc;

    AssessmentTestData(
            Fixtures fixtures,
            AssessmentService assessments,
            FeedbackService feedback,
            QuestionSetService questionSets,
            JdbcTemplate jdbc) {
        this.fixtures = fixtures;
        this.assessments = assessments;
        this.feedback = feedback;
        this.questionSets = questionSets;
        this.jdbc = jdbc;
    }

    public CurrentUser p(dev.triad.account.User user) {
        return fixtures.principal(user);
    }

    Assessment psychometric(Triad t, String marker) {
        Assessment a = assessments.create(
                t.id(),
                new AssessmentDetails(
                        AssessmentKind.PSYCHOMETRIC,
                        "Instrument " + marker,
                        LocalDate.now().minusDays(3),
                        "Summary " + marker,
                        "Strength " + marker,
                        "Area " + marker),
                p(t.coach()));
        assessments.replaceScores(
                t.id(),
                a.getId(),
                List.of(new ScoreLine(
                        "Competency " + marker, new java.math.BigDecimal("4.2"), new java.math.BigDecimal("5"))),
                p(t.coach()));
        return a;
    }

    AssessmentFile pdf(Triad t, Assessment a, String name) {
        return assessments.attach(t.id(), a.getId(), name, PDF, p(t.coach()));
    }

    Long setId(String name) {
        return questionSets.all().stream()
                .filter(s -> s.getName().equals(name))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    public Assessment request(Triad t, String title) {
        return feedback.createRequest(
                t.id(),
                new NewFeedbackRequest(
                        title, setId("Feedforward check-in"), LocalDate.now().plusDays(7)),
                p(t.coach()));
    }

    /** Adds a rater and returns the path of their link, read from the email kept in the outbox. */
    public String rater(Triad t, Assessment request, String name, String email, RaterGroup group) {
        FeedbackRater rater =
                feedback.addRater(t.id(), request.getId(), new NewRater(name, email, group), p(t.coach()));
        return linkIn(rater.getEmail(), 0);
    }

    /** The rater link in the {@code index}th email to this address (invitation first, then reminders). */
    public String linkIn(String email, int index) {
        List<String> bodies = jdbc.queryForList(
                "select text_body from outbox_message where lower(recipient_email) = lower(?) order by id",
                String.class,
                email);
        Matcher matcher = RATER_LINK.matcher(bodies.get(index));
        if (!matcher.find()) {
            throw new AssertionError("No rater link in " + bodies.get(index));
        }
        return matcher.group(1);
    }

    /** Every rating item rated {@code rating}, every open question answered with {@code words}. */
    public AnswerInput answers(Assessment request, int rating, String words) {
        Long requestId = jdbc.queryForObject(
                "select id from feedback_request where assessment_id = ?", Long.class, request.getId());
        Map<Long, String> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (Map<String, Object> q :
                jdbc.queryForList("select id, kind from feedback_request_question where request_id = ?", requestId)) {
            if ("RATING".equals(q.get("kind"))) {
                ratings.put((Long) q.get("id"), String.valueOf(rating));
            } else if (words != null) {
                texts.put((Long) q.get("id"), words);
            }
        }
        return new AnswerInput(ratings, texts);
    }

    public List<Long> questionIds(Assessment request, String kind) {
        Long requestId = jdbc.queryForObject(
                "select id from feedback_request where assessment_id = ?", Long.class, request.getId());
        return new ArrayList<>(jdbc.queryForList(
                "select id from feedback_request_question where request_id = ? and kind = ? order by position",
                Long.class,
                requestId,
                kind));
    }

    public static String token(String path) {
        return path.substring("/feedback/".length());
    }
}
