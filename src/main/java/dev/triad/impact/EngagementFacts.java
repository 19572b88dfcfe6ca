package dev.triad.impact;

import dev.triad.engagement.Phase;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Timing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One engagement of a programme as HR may see it: who, phase, dates, hours, attendance, how many impact
 * measures it has, and HR's flags (a low fit signalled, a request for another coach). No content.
 */
public record EngagementFacts(
        Long id,
        String client,
        String leader,
        String coach,
        Phase phase,
        CoachingType coachingType,
        Timing timing,
        LocalDate startsOn,
        LocalDate plannedEndOn,
        BigDecimal contractedHours,
        BigDecimal usedHours,
        long held,
        long cancelledInTime,
        long lateCancelled,
        long noShow,
        long impactMeasures,
        boolean lowFit,
        boolean coachChangeRequested) {

    public String contractedText() {
        return Figures.text(contractedHours);
    }

    public String usedText() {
        return Figures.text(usedHours);
    }
}
