package dev.triad.assessment;

import java.time.LocalDate;

/** What client or coach write about an assessment. Strengths and development areas: one per line. */
public record AssessmentDetails(
        AssessmentKind kind,
        String title,
        LocalDate assessedOn,
        String summary,
        String strengths,
        String developmentAreas) {}
