package dev.triad.assessment;

import dev.triad.engagement.EngagementAccess;

import java.util.List;

/** The assessment form: a new one ({@code assessment} null) or an edit; a 360 request's assessment stays a 360 review. */
public record AssessmentEditor(
        EngagementAccess access, Assessment assessment, boolean kindFixed, List<AssessmentScore> scores) {}
