package dev.triad.engagement;

import java.time.Instant;

/**
 * HR made {@code coachId} the engagement's coach; {@code previousCoachId} is the coach replaced, null for a
 * first assignment. Published inside the assigning transaction (e.g. a client's request for a different
 * coach is closed with it).
 */
public record CoachAssigned(Long engagementId, Long coachId, Long previousCoachId, Long assignedById, Instant at) {}
