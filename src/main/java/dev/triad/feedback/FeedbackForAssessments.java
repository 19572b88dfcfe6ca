package dev.triad.feedback;

import dev.triad.assessment.AssessmentFeedback;
import dev.triad.assessment.AssessmentTime;
import dev.triad.assessment.FeedbackStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the assessment module shows and exports of the 360 requests its assessments hold, and where a request stands
 * (never anyone's identity), for this module's pages too.
 */
@Component
class FeedbackForAssessments implements AssessmentFeedback {

    private final FeedbackRequests requests;
    private final FeedbackRaters raters;
    private final FeedbackQuestions questions;
    private final FeedbackAnswers answers;
    private final NamedParameterJdbcTemplate jdbc;
    private final AssessmentTime time;

    FeedbackForAssessments(
            FeedbackRequests requests,
            FeedbackRaters raters,
            FeedbackQuestions questions,
            FeedbackAnswers answers,
            NamedParameterJdbcTemplate jdbc,
            AssessmentTime time) {
        this.requests = requests;
        this.raters = raters;
        this.questions = questions;
        this.answers = answers;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The 360 status of each of these assessments that has a request, in two statements. */
    @Override
    public Map<Long, FeedbackStatus> statusesOf(Long engagementId, Collection<Long> assessmentIds) {
        List<FeedbackRequest> ofEngagement = requests.ofEngagement(engagementId).stream()
                .filter(r -> assessmentIds.contains(r.getAssessmentId()))
                .toList();
        if (ofEngagement.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FeedbackRater>> ratersOf =
                raters
                        .ofRequests(ofEngagement.stream()
                                .map(FeedbackRequest::getId)
                                .toList())
                        .stream()
                        .collect(Collectors.groupingBy(FeedbackRater::getRequestId));
        return ofEngagement.stream()
                .collect(Collectors.toMap(
                        FeedbackRequest::getAssessmentId, r -> status(r, ratersOf.getOrDefault(r.getId(), List.of()))));
    }

    @Override
    public Optional<FeedbackStatus> statusOf(Long engagementId, Long assessmentId) {
        return requests.findByAssessmentIdAndEngagementId(assessmentId, engagementId)
                .map(r -> status(r, raters.ofRequest(r.getId())));
    }

    @Override
    public boolean holdsRequest(Long assessmentId) {
        return requests.existsByAssessmentId(assessmentId);
    }

    FeedbackStatus status(FeedbackRequest request, List<FeedbackRater> ofRequest) {
        int invited = (int) ofRequest.stream().filter(r -> !r.isSelf()).count();
        int answered = (int)
                ofRequest.stream().filter(r -> !r.isSelf() && r.hasSubmitted()).count();
        boolean self = ofRequest.stream().anyMatch(r -> r.isSelf() && r.hasSubmitted());
        return new FeedbackStatus(
                invited,
                answered,
                self,
                request.isOpen(time.now()),
                request.deadline(time.zone()).lastDay(),
                time.dayOf(request.getEndedAt()));
    }

    /** Each 360 request: its state, how many answered, and the results once answering has stopped. */
    @Override
    public List<Map<String, Object>> export(Collection<Long> engagementIds) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Long engagementId : engagementIds) {
            for (FeedbackRequest request : requests.ofEngagement(engagementId)) {
                List<FeedbackRater> all = raters.ofRequest(request.getId());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("assessmentId", request.getAssessmentId());
                entry.put("questionSet", request.getQuestionSetName());
                entry.put("closesAt", request.getClosesAt().toString());
                entry.put(
                        "closedAt",
                        request.getClosedAt() == null
                                ? null
                                : request.getClosedAt().toString());
                entry.put("ratersInvited", all.stream().filter(r -> !r.isSelf()).count());
                entry.put(
                        "ratersAnswered",
                        all.stream()
                                .filter(r -> !r.isSelf() && r.hasSubmitted())
                                .count());
                boolean open = request.isOpen(time.now());
                entry.put("open", open);
                entry.put(
                        "results",
                        open
                                ? null
                                : results(FeedbackResults.of(
                                        questions.ofRequest(request.getId()),
                                        all.stream()
                                                .filter(FeedbackRater::hasSubmitted)
                                                .toList(),
                                        answers.submittedOf(request.getId()))));
                result.add(entry);
            }
        }
        return result;
    }

    private static Map<String, Object> results(FeedbackResults results) {
        Map<String, String> labels = new LinkedHashMap<>();
        results.getColumns().forEach(c -> labels.put(c.key(), c.label()));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(
                "groups",
                results.getColumns().stream()
                        .map(c -> Map.of("group", c.label(), "answers", c.answers()))
                        .toList());
        out.put(
                "competencies",
                results.getCompetencies().stream()
                        .map(c -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("competency", c.competency());
                            row.put("averages", labelled(c.averages(), labels));
                            row.put(
                                    "items",
                                    c.items().stream()
                                            .map(i -> Map.of(
                                                    "question",
                                                    i.question().getText(),
                                                    "averages",
                                                    labelled(i.averages(), labels)))
                                            .toList());
                            return row;
                        })
                        .toList());
        out.put(
                "openQuestions",
                results.getOpenQuestions().stream()
                        .map(q -> {
                            Map<String, Object> row = new LinkedHashMap<>();
                            row.put("question", q.question().getText());
                            row.put("yourAnswer", q.selfAnswer());
                            row.put("answers", q.answers());
                            return row;
                        })
                        .toList());
        out.put("answersNotShown", results.getNotShown());
        return out;
    }

    private static Map<String, BigDecimal> labelled(Map<String, BigDecimal> averages, Map<String, String> labels) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        labels.forEach((key, label) -> {
            if (averages.get(key) != null) {
                out.put(label, averages.get(key));
            }
        });
        return out;
    }

    @Override
    public void erase(Long engagementId) {
        // Raters go with their answers and links (on delete cascade); the request keeps its questions, from the
        // question set.
        jdbc.update(
                "delete from feedback_rater where request_id in (select r.id from feedback_request r where r.engagement_id = :id)",
                Map.of("id", engagementId));
    }
}
