/**
 * Engagements (DOMAIN.md, "Engagement"): one client's coaching contract with its coach and leader; the intake
 * interview; its phases, the moves between them and their history, whose guards learn what they need about alignment
 * meetings through {@link dev.triad.engagement.PhaseGuard} (the alignment module implements it); the coach
 * assignments and the client's requests for a different coach (HR answers one by reassigning); the hours ledger;
 * the access policy that decides who sees what of it and the table of who may act ({@link dev.triad.engagement.EngagementAction});
 * and the read API other modules use instead of its repositories ({@link dev.triad.engagement.EngagementDirectory}).
 */
package dev.triad.engagement;
