package dev.triad.impact;

import dev.triad.engagement.Phase;
import dev.triad.impact.Figures.CoachLoad;
import dev.triad.impact.Figures.CoachLoads;
import dev.triad.impact.Figures.Coverage;
import dev.triad.impact.Figures.PhaseCount;
import dev.triad.impact.Figures.Phases;
import dev.triad.impact.ImpactQueries.Counted;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDirectory;
import dev.triad.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds programme dashboards for HR from aggregate queries: a fixed number of statements for one programme or
 * for several compared, whatever their size. Pages reach it under /programmes, which only HR may open.
 */
@Service
public class ProgrammeImpact {

    private final ProgrammeDirectory programmes;
    private final ImpactQueries queries;
    private final RecentDashboards recent;
    private final Clock clock;

    ProgrammeImpact(ProgrammeDirectory programmes, ImpactQueries queries, RecentDashboards recent, Clock clock) {
        this.programmes = programmes;
        this.queries = queries;
        this.recent = recent;
        this.clock = clock;
    }

    /** One programme's dashboard, with its engagements' facts: as worked out within the last minute, if it was. */
    @Transactional(readOnly = true)
    public Dashboard dashboard(Long programmeId) {
        Programme programme = programmes.findById(programmeId).orElseThrow(() -> new NotFoundException("Programme"));
        return recent.of(programmeId, () -> build(List.of(programme), true).get(0));
    }

    /** Programmes side by side (all of them when none is chosen), without engagement lists. */
    @Transactional(readOnly = true)
    public List<Dashboard> compare(Collection<Long> programmeIds) {
        List<Programme> chosen = programmeIds == null || programmeIds.isEmpty()
                ? programmes.findAllInOrder()
                : programmes.findAllInOrder().stream()
                        .filter(p -> programmeIds.contains(p.getId()))
                        .toList();
        return chosen.isEmpty() ? List.of() : build(chosen, false);
    }

    @Transactional(readOnly = true)
    public List<Programme> allProgrammes() {
        return programmes.findAllInOrder();
    }

    private List<Dashboard> build(List<Programme> chosen, boolean withEngagements) {
        Instant figuredAt = clock.instant();
        List<Long> ids = chosen.stream().map(Programme::getId).toList();
        Map<Long, Map<Phase, Long>> phases = queries.phases(ids);
        Map<Long, List<CoachLoad>> loads = queries.coachLoad(ids);
        Map<Long, Counted<Figures.Attendance>> attendance = queries.attendance(ids);
        Map<Long, Counted<Figures.Hours>> hours = queries.hours(ids);
        Map<Long, Counted<Figures.Goals>> goals = queries.goals(ids);
        Map<Long, Counted<Figures.CheckIns>> checkIns = queries.checkIns(ids);
        Map<Long, Counted<Figures.CloseOut>> closeOut = queries.closeOut(ids);
        Map<Long, List<Counted<Figures.Impact>>> impact = queries.impact(ids);
        Map<Long, Coverage> coverage = queries.coverage(ids);
        return chosen.stream()
                .map(p -> {
                    Long id = p.getId();
                    Map<Phase, Long> byPhase = phases.getOrDefault(id, Map.of());
                    long total =
                            byPhase.values().stream().mapToLong(Long::longValue).sum();
                    List<CoachLoad> coachLoads = loads.getOrDefault(id, List.of());
                    long coached =
                            coachLoads.stream().mapToLong(CoachLoad::allHere).sum();
                    return new Dashboard(
                            p,
                            total,
                            new Aggregate<>(
                                    total,
                                    new Phases(Arrays.stream(Phase.values())
                                            .map(phase -> new PhaseCount(phase, byPhase.getOrDefault(phase, 0L)))
                                            .toList())),
                            new Aggregate<>(coached, new CoachLoads(coachLoads)),
                            aggregate(attendance.get(id)),
                            aggregate(hours.get(id)),
                            aggregate(goals.get(id)),
                            aggregate(checkIns.get(id)),
                            aggregate(closeOut.get(id)),
                            new Aggregate<>(total, coverage.getOrDefault(id, new Coverage(0, 0))),
                            impact.getOrDefault(id, List.of()).stream()
                                    .map(ProgrammeImpact::aggregate)
                                    .toList(),
                            withEngagements ? queries.engagements(id) : List.of(),
                            figuredAt);
                })
                .toList();
    }

    private static <T> Aggregate<T> aggregate(Counted<T> counted) {
        return counted == null ? new Aggregate<>(0, null) : new Aggregate<>(counted.engagements(), counted.value());
    }
}
