package dev.triad.engagement;

/**
 * What the phase guards need to know from outside the engagement, gathered by the module that holds it
 * (alignment meetings live in the alignment module, which depends on this one, not the reverse).
 *
 * @param initialAlignmentConfirmed an initial alignment meeting's outcome is confirmed by client, coach and leader
 * @param closingMeetingHeld        a closing alignment meeting was held or its outcome confirmed
 */
public record PhaseFacts(boolean initialAlignmentConfirmed, boolean closingMeetingHeld) {

    public static final PhaseFacts NONE = new PhaseFacts(false, false);
}
