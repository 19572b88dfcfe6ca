package dev.triad.engagement;

/** Who takes part in an engagement, by id, with its programme's name and its phase: one line of the access review. */
public record EngagementPeople(
        Long engagementId, String programme, Phase phase, Long clientId, Long coachId, Long leaderId) {}
