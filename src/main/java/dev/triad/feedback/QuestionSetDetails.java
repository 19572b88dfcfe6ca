package dev.triad.feedback;

import dev.triad.system.RuleViolation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question set as HR writes it: rating items one per line as "Competency | statement", open
 * questions one per line.
 */
public record QuestionSetDetails(
        String name, String description, boolean offered, String ratingItems, String openQuestions) {

    static final int MAX_RATING_ITEMS = 60;
    static final int MAX_OPEN_QUESTIONS = 10;
    static final int MAX_COMPETENCY = 80;
    static final int MAX_TEXT = 300;
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[|\\t]\\s*");

    /**
     * The questions, rating items first, in the order written.
     *
     * @throws RuleViolation on {@code ratingItems} or {@code openQuestions}, naming the line that is wrong
     */
    List<QuestionItem> items() {
        List<QuestionItem> items = new ArrayList<>();
        List<String> ratings = lines(ratingItems);
        if (ratings.isEmpty()) {
            throw new RuleViolation("ratingItems", "assessment.questionSet.ratingItems.missing");
        }
        if (ratings.size() > MAX_RATING_ITEMS) {
            throw new RuleViolation("ratingItems", "assessment.questionSet.ratingItems.tooMany", MAX_RATING_ITEMS);
        }
        for (int i = 0; i < ratings.size(); i++) {
            String[] parts = SEPARATOR.split(ratings.get(i), 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new RuleViolation("ratingItems", "assessment.questionSet.ratingItem.format", (i + 1));
            }
            if (parts[0].strip().length() > MAX_COMPETENCY) {
                throw new RuleViolation(
                        "ratingItems", "assessment.questionSet.ratingItem.competency.tooLong", (i + 1), MAX_COMPETENCY);
            }
            if (parts[1].strip().length() > MAX_TEXT) {
                throw new RuleViolation(
                        "ratingItems", "assessment.questionSet.ratingItem.statement.tooLong", (i + 1), MAX_TEXT);
            }
            items.add(new QuestionItem(QuestionKind.RATING, parts[0].strip(), parts[1].strip()));
        }
        List<String> open = lines(openQuestions);
        if (open.size() > MAX_OPEN_QUESTIONS) {
            throw new RuleViolation(
                    "openQuestions", "assessment.questionSet.openQuestions.tooMany", MAX_OPEN_QUESTIONS);
        }
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).length() > MAX_TEXT) {
                throw new RuleViolation(
                        "openQuestions", "assessment.questionSet.openQuestion.tooLong", (i + 1), MAX_TEXT);
            }
            items.add(new QuestionItem(QuestionKind.OPEN, null, open.get(i)));
        }
        return items;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** The set's questions as HR typed them, to edit them again. */
    public static QuestionSetDetails of(FeedbackQuestionSet set) {
        StringBuilder ratings = new StringBuilder();
        StringBuilder open = new StringBuilder();
        for (QuestionItem item : set.getItems()) {
            if (item.isRating()) {
                ratings.append(item.getCompetency())
                        .append(" | ")
                        .append(item.getText())
                        .append('\n');
            } else {
                open.append(item.getText()).append('\n');
            }
        }
        return new QuestionSetDetails(
                set.getName(), set.getDescription(), set.isOffered(), ratings.toString(), open.toString());
    }
}
