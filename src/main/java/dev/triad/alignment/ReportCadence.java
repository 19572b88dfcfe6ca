package dev.triad.alignment;

import java.time.LocalDate;
import java.time.Period;

/** How often the client reports progress to the leader, as agreed in an alignment meeting. */
public enum ReportCadence {
    WEEKLY("Every week", Period.ofWeeks(1)),
    FORTNIGHTLY("Every two weeks", Period.ofWeeks(2)),
    MONTHLY("Every month", Period.ofMonths(1)),
    QUARTERLY("Every three months", Period.ofMonths(3));

    private final String label;
    private final Period period;

    ReportCadence(String label, Period period) {
        this.label = label;
        this.period = period;
    }

    public String label() {
        return label;
    }

    /** The day a report is due after one sent (or after the agreement) on {@code from}. */
    public LocalDate after(LocalDate from) {
        return from.plus(period);
    }
}
