package dev.triad.reflection;

import dev.triad.system.RuleViolation;

/**
 * What the client writes in a weekly reflection, following the seed's prompt: review the action
 * plan, reflect on goals and progress, prepare the next session's agenda. Each part is optional,
 * but a reflection says something in at least one of them.
 */
public record ReflectionText(String actionPlanReview, String goalsAndProgress, String nextSessionAgenda) {

    public static final int MAX_LENGTH = 4000;

    public ReflectionText {
        actionPlanReview = clean(actionPlanReview, "actionPlanReview");
        goalsAndProgress = clean(goalsAndProgress, "goalsAndProgress");
        nextSessionAgenda = clean(nextSessionAgenda, "nextSessionAgenda");
        if (actionPlanReview == null && goalsAndProgress == null && nextSessionAgenda == null) {
            throw new RuleViolation("anythingWritten", "reflection.text.empty");
        }
    }

    /** Blank is nothing; browsers send line breaks as CR LF, counted here as one character, as typed. */
    private static String clean(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String cleaned = text.replace("\r\n", "\n").strip();
        if (cleaned.length() > MAX_LENGTH) {
            throw new RuleViolation(field, "reflection.text.tooLong", MAX_LENGTH, cleaned.length());
        }
        return cleaned;
    }
}
