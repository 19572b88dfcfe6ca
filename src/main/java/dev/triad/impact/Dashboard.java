package dev.triad.impact;

import dev.triad.engagement.Phase;
import dev.triad.impact.Figures.Attendance;
import dev.triad.impact.Figures.CheckIns;
import dev.triad.impact.Figures.CloseOut;
import dev.triad.impact.Figures.CoachLoads;
import dev.triad.impact.Figures.Coverage;
import dev.triad.impact.Figures.Goals;
import dev.triad.impact.Figures.Hours;
import dev.triad.impact.Figures.Impact;
import dev.triad.impact.Figures.Phases;
import dev.triad.programme.Programme;

import java.time.Instant;
import java.util.List;

/**
 * One programme's dashboard: every figure an {@link Aggregate} (suppressed under five engagements), the impact
 * measures each on their own, the engagements' facts (empty when programmes are compared), and when it was worked out.
 */
public record Dashboard(
        Programme programme,
        long engagementCount,
        Aggregate<Phases> phases,
        Aggregate<CoachLoads> coachLoad,
        Aggregate<Attendance> attendance,
        Aggregate<Hours> hours,
        Aggregate<Goals> goals,
        Aggregate<CheckIns> checkIns,
        Aggregate<CloseOut> closeOut,
        Aggregate<Coverage> coverage,
        List<Aggregate<Impact>> impact,
        List<EngagementFacts> engagements,
        Instant figuredAt) {

    public boolean anyImpactShown() {
        return impact.stream().anyMatch(Aggregate::shown);
    }

    /** The not-closed engagements of a proactive programme that still have no impact measure: said plainly to HR. */
    public List<EngagementFacts> missingMeasures() {
        if (!programme.requiresImpactMeasures()) {
            return List.of();
        }
        return engagements.stream()
                .filter(e -> e.phase() != Phase.CLOSED && e.impactMeasures() == 0)
                .toList();
    }

    /** The programme's own measures as HR picks them up: CSV names and print title. */
    public String fileName(String what) {
        String slug = programme
                .getName()
                .toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "programme-" + programme.getId() : slug) + "-" + what + ".csv";
    }
}
