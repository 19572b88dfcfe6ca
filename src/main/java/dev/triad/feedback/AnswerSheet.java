package dev.triad.feedback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The answer form: the request's questions, rating items grouped by competency, with what the rater
 * saved or just typed, and a message per question that needs attention.
 */
public record AnswerSheet(
        List<FeedbackQuestion> questions,
        Map<Long, String> ratings,
        Map<Long, String> texts,
        Map<Long, String> errors) {

    public static final int MAX_TEXT = 4000;

    /** One point of the rating scale, with its words. */
    public record Point(int value, String label) {}

    public static final List<Point> SCALE = List.of(
            new Point(1, "Strongly disagree"),
            new Point(2, "Disagree"),
            new Point(3, "Neither agree nor disagree"),
            new Point(4, "Agree"),
            new Point(5, "Strongly agree"));

    /** A competency with its rating items. */
    public record Competency(String name, List<FeedbackQuestion> items) {}

    static AnswerSheet of(List<FeedbackQuestion> questions, List<FeedbackAnswer> saved) {
        Map<Long, String> ratings = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        for (FeedbackAnswer answer : saved) {
            if (answer.getRating() != null) {
                ratings.put(answer.getQuestionId(), String.valueOf(answer.getRating()));
            }
            if (answer.getText() != null) {
                texts.put(answer.getQuestionId(), answer.getText());
            }
        }
        return new AnswerSheet(questions, ratings, texts, Map.of());
    }

    /** The same questions with what was typed and the messages about it. */
    public AnswerSheet with(AnswerInput input, Map<Long, String> errors) {
        return new AnswerSheet(questions, input.ratings(), input.texts(), errors);
    }

    public List<Competency> competencies() {
        Map<String, List<FeedbackQuestion>> grouped = new LinkedHashMap<>();
        questions.stream()
                .filter(FeedbackQuestion::isRating)
                .forEach(q -> grouped.computeIfAbsent(q.getCompetency(), c -> new ArrayList<>())
                        .add(q));
        return grouped.entrySet().stream()
                .map(e -> new Competency(e.getKey(), e.getValue()))
                .toList();
    }

    public List<FeedbackQuestion> openQuestions() {
        return questions.stream().filter(q -> !q.isRating()).toList();
    }

    public List<Point> scale() {
        return SCALE;
    }

    public boolean checked(Long questionId, int value) {
        return String.valueOf(value).equals(ratings.get(questionId));
    }

    public String text(Long questionId) {
        return texts.getOrDefault(questionId, "");
    }

    public String error(Long questionId) {
        return errors.get(questionId);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public int answeredRatings() {
        return (int) questions.stream()
                .filter(FeedbackQuestion::isRating)
                .filter(q -> IntStream.rangeClosed(1, 5).anyMatch(v -> checked(q.getId(), v)))
                .count();
    }

    public int ratingCount() {
        return (int) questions.stream().filter(FeedbackQuestion::isRating).count();
    }
}
