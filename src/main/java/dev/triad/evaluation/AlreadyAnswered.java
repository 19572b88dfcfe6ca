package dev.triad.evaluation;

import dev.triad.system.RuleViolation;

/** The person already answered their close-out survey: each answers once. */
public class AlreadyAnswered extends RuleViolation {

    AlreadyAnswered(String day) {
        super("survey", "evaluation.closeOut.answered", day);
    }
}
