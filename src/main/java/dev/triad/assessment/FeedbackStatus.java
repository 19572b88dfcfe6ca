package dev.triad.assessment;

import java.time.LocalDate;

/**
 * Where a 360 request stands, without anyone's identity: how many raters were asked and how many
 * answered (the client's own view apart), whether it still takes answers, and its last day.
 */
public record FeedbackStatus(
        int invited, int answered, boolean selfAnswered, boolean open, LocalDate lastDay, LocalDate endedOn) {

    /** Results are shown once answering has stopped, so they cannot be watched changing answer by answer. */
    public boolean resultsAvailable() {
        return !open;
    }
}
