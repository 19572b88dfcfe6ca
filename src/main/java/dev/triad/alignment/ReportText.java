package dev.triad.alignment;

/** A progress report's four parts, in the client's words. */
public record ReportText(String committed, String done, String observed, String nextSteps) {}
