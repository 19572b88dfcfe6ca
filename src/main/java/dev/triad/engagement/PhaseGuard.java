package dev.triad.engagement;

/**
 * What moving an engagement between phases needs to know from the modules that depend on this one, like
 * {@link HomeSections} for the home page: the facts about its alignment meetings that the phase rules
 * ({@link Engagement#moveTo}) need, and what closing it would cancel. The alignment module implements it (it holds
 * the meetings and may read the sessions); this module depends on neither.
 */
public interface PhaseGuard {

    /** What the phase rules need to know about the engagement's alignment meetings. */
    PhaseFacts phaseFacts(Long engagementId);

    /** How many coaching sessions closing the engagement now would cancel. */
    int sessionsToCancel(Long engagementId);

    /** How many alignment meetings closing the engagement now would cancel. */
    int meetingsToCancel(Long engagementId);
}
