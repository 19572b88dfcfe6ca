package dev.triad.alignment;

/** What an outcome version says: the goals and measures agreed, and (for the initial meeting) the reporting cadence. */
public record OutcomeText(String agreedGoals, String agreedMeasures, ReportCadence reportCadence) {}
