package dev.triad.assessment;

import dev.triad.system.Numbers;
import dev.triad.system.RuleViolation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A score as typed or pasted: "Strategic thinking; 4.2; 5" (competency, score, out of), separated by
 * semicolons, tabs (pasted from a spreadsheet) or |, with a decimal point or comma.
 */
public record ScoreLine(String competency, BigDecimal score, BigDecimal scale) {

    static final int MAX_SCORES = 40;
    static final int MAX_COMPETENCY = 120;
    private static final BigDecimal MAX_SCALE = new BigDecimal("1000");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[;|\\t]\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}([.,]\\d{1,2})?");

    /**
     * The scores in {@code text}, one per non-empty line, in order.
     *
     * @throws RuleViolation on field {@code scores}, naming the line that is wrong and why
     */
    public static List<ScoreLine> parse(String text) {
        List<ScoreLine> scores = new ArrayList<>();
        if (text == null) {
            return scores;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            scores.add(parseLine(line, i + 1));
            if (scores.size() > MAX_SCORES) {
                throw new RuleViolation("scores", "assessment.scores.tooMany", MAX_SCORES);
            }
        }
        return scores;
    }

    private static ScoreLine parseLine(String line, int number) {
        String[] parts = SEPARATOR.split(line);
        if (parts.length != 3) {
            throw new RuleViolation("scores", "assessment.scores.line.format", number);
        }
        String competency = parts[0].strip();
        if (competency.isEmpty()) {
            throw new RuleViolation("scores", "assessment.scores.line.competency.missing", number);
        }
        if (competency.length() > MAX_COMPETENCY) {
            throw new RuleViolation("scores", "assessment.scores.line.competency.tooLong", number, MAX_COMPETENCY);
        }
        BigDecimal score = number(parts[1], "assessment.scores.line.score.notNumber", number);
        BigDecimal scale = number(parts[2], "assessment.scores.line.scale.notNumber", number);
        if (scale.signum() <= 0 || scale.compareTo(MAX_SCALE) > 0) {
            throw new RuleViolation("scores", "assessment.scores.line.scale.outOfRange", number);
        }
        if (score.compareTo(scale) > 0) {
            throw new RuleViolation(
                    "scores",
                    "assessment.scores.line.score.aboveScale",
                    number,
                    Numbers.plain(score),
                    Numbers.plain(scale));
        }
        return new ScoreLine(competency, score, scale);
    }

    private static BigDecimal number(String text, String code, int line) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            throw new RuleViolation("scores", code, line, text);
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    /** The lines as they are typed back into the form. */
    public static String format(List<AssessmentScore> scores) {
        StringBuilder text = new StringBuilder();
        for (AssessmentScore score : scores) {
            text.append(score.getCompetency())
                    .append("; ")
                    .append(score.getScoreText())
                    .append("; ")
                    .append(score.getScaleText())
                    .append('\n');
        }
        return text.toString();
    }
}
