package dev.triad.impact;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each programme's dashboard as last worked out, reused for {@code triad.impact.figures-fresh-for} (a minute by
 * default, {@code 0s} to work it out on every view). A dashboard is a dozen aggregate statements over about a thousand
 * engagements; HR reads it, pages through its engagement list and downloads its CSV within a minute, and every figure
 * is an aggregate, so a minute-old figure misleads no one. The page says when its figures were worked out.
 */
@Component
class RecentDashboards {

    private final Duration freshFor;
    private final Clock clock;
    private final Map<Long, Dashboard> byProgramme = new ConcurrentHashMap<>();

    RecentDashboards(@Value("${triad.impact.figures-fresh-for:PT1M}") Duration freshFor, Clock clock) {
        this.freshFor = freshFor;
        this.clock = clock;
    }

    /** The programme's dashboard worked out less than the freshness ago, or {@code work}'s new one. */
    Dashboard of(Long programmeId, Supplier<Dashboard> work) {
        Dashboard known = byProgramme.get(programmeId);
        if (known != null && known.figuredAt().plus(freshFor).isAfter(clock.instant())) {
            return known;
        }
        Dashboard fresh = work.get();
        if (!freshFor.isZero()) {
            byProgramme.put(programmeId, fresh);
        }
        return fresh;
    }
}
