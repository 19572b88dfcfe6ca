package dev.triad.system.web;

import dev.triad.system.Days;
import dev.triad.system.WallTime;
import dev.triad.system.WallTime.Occurrence;

/**
 * The question a form asks when the time typed happens twice (the night the clocks go back): "Which 01:30?", answered
 * by "01:30 BST" (the first, {@link Occurrence#EARLIER}) or "01:30 GMT" (the second, {@link Occurrence#LATER}).
 */
public record WhichTime(String time, String earlier, String later) {

    static WhichTime of(WallTime.Ambiguous ambiguous) {
        return new WhichTime(
                Days.time(ambiguous.local()), ambiguous.label(Occurrence.EARLIER), ambiguous.label(Occurrence.LATER));
    }
}
