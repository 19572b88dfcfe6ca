package dev.triad.feedback;

import java.time.LocalDate;

/** What the coach or client give to prepare a 360 request: a title, the question set, the last day for answers. */
public record NewFeedbackRequest(String title, Long questionSetId, LocalDate lastDay) {}
