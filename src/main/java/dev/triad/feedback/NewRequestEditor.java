package dev.triad.feedback;

import dev.triad.engagement.EngagementAccess;

import java.util.List;

/** The form to prepare a 360 request, with the question sets on offer. */
public record NewRequestEditor(EngagementAccess access, List<FeedbackQuestionSet> sets) {}
