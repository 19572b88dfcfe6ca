package dev.triad.engagement;

import dev.triad.engagement.PhaseMoved.Closure;

/**
 * Someone asks to move an engagement: to which phase, how it closes (only for {@link Phase#CLOSED}), why,
 * and the phase they saw when they asked, so that a second click or a colleague's move in the meantime
 * does not move it twice.
 */
public record PhaseMove(Phase from, Phase to, Closure closure, String reason) {}
