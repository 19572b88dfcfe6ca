package dev.triad.evaluation;

import dev.triad.system.RuleViolation;

/** The person already answered their close-out survey: each answers once. */
public class AlreadyAnswered extends RuleViolation {
    private static final long serialVersionUID = 1L;

    AlreadyAnswered(String day) {
        super("survey", "evaluation.closeOut.answered", day);
    }
}
