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
                throw new RuleViolation("scores", "Enter at most " + MAX_SCORES + " scores");
            }
        }
        return scores;
    }

    private static ScoreLine parseLine(String line, int number) {
        String[] parts = SEPARATOR.split(line);
        String where = "Line " + number + ": ";
        if (parts.length != 3) {
            throw new RuleViolation("scores", where + "write the competency, the score and the scale, separated by semicolons, "
                    + "e.g. “Strategic thinking; 4.2; 5”");
        }
        String competency = parts[0].strip();
        if (competency.isEmpty()) {
            throw new RuleViolation("scores", where + "name the competency");
        }
        if (competency.length() > MAX_COMPETENCY) {
            throw new RuleViolation("scores", where + "use at most " + MAX_COMPETENCY + " characters for the competency");
        }
        BigDecimal score = number(parts[1], where + "the score “" + parts[1] + "” is not a number such as 4 or 3.5");
        BigDecimal scale = number(parts[2], where + "the scale “" + parts[2] + "” is not a number such as 5 or 100");
        if (scale.signum() <= 0 || scale.compareTo(MAX_SCALE) > 0) {
            throw new RuleViolation("scores", where + "the scale must be above 0 and at most 1000");
        }
        if (score.compareTo(scale) > 0) {
            throw new RuleViolation("scores", where + "the score " + Numbers.plain(score) + " is above the scale " + Numbers.plain(scale));
        }
        return new ScoreLine(competency, score, scale);
    }

    private static BigDecimal number(String text, String message) {
        String trimmed = text.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            throw new RuleViolation("scores", message);
        }
        return new BigDecimal(trimmed.replace(',', '.'));
    }

    /** The lines as they are typed back into the form. */
    public static String format(List<AssessmentScore> scores) {
        StringBuilder text = new StringBuilder();
        for (AssessmentScore score : scores) {
            text.append(score.getCompetency()).append("; ").append(score.getScoreText()).append("; ")
                    .append(score.getScaleText()).append('\n');
        }
        return text.toString();
    }

}
