package dev.triad.session.web;

import dev.triad.session.SessionOutcome;
import dev.triad.session.SessionStatus;

/**
 * The confirmation messages after a session is settled, worded from what the policy decided (the same decision the
 * page showed before the person confirmed), never from a second guess.
 */
final class OutcomeMessages {

    private OutcomeMessages() {}

    static String cancelled(String when, SessionOutcome outcome) {
        String base = "Session of " + when + " " + outcome.status().label().toLowerCase();
        if (outcome.late()) {
            return base + ": " + outcome.deductedHoursText() + " h deducted." + runPart(outcome);
        }
        if (outcome.deductedForTheRun()) {
            return "Session of " + when + " cancelled. It is " + outcome.inARow() + " cancellations in a row: "
                    + outcome.deductedHoursText() + " h deducted." + alertPart(outcome);
        }
        return base + "; no time is deducted.";
    }

    static String moved(String newWhen, SessionOutcome outcome) {
        if (outcome.late()) {
            return "Session moved to " + newWhen + ". The old time counts as a late cancellation: "
                    + outcome.deductedHoursText() + " h deducted." + runPart(outcome);
        }
        return "Session moved to " + newWhen + ".";
    }

    static String held(SessionOutcome outcome) {
        return "Session recorded as held: " + outcome.hoursText()
                + " h on the ledger. Add the summary and the commitments.";
    }

    static String noShow(SessionOutcome outcome) {
        return "No-show recorded; the session’s " + outcome.deductedHoursText() + " h are deducted." + runPart(outcome);
    }

    static String corrected(SessionOutcome outcome) {
        String now = outcome.status() == SessionStatus.CANCELLED
                ? "not held"
                : outcome.status().label().toLowerCase();
        return "Outcome corrected to " + now + ". The earlier ledger lines are reversed"
                + (outcome.charges().isEmpty() ? "." : " and " + outcome.hoursText() + " h recorded.")
                + runPart(outcome);
    }

    private static String runPart(SessionOutcome outcome) {
        return outcome.runCounts()
                ? " It is " + outcome.inARow() + " cancellations in a row." + alertPart(outcome)
                : "";
    }

    private static String alertPart(SessionOutcome outcome) {
        return outcome.alertsHr() ? " HR is alerted." : "";
    }
}
