package dev.triad.assessment;

import java.time.LocalDate;

/** That an assessment exists, its kind and date: all HR may know of it. */
public record AssessmentFact(AssessmentKind kind, LocalDate assessedOn) {}
