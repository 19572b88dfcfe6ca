package dev.triad.impact;

import dev.triad.engagement.Pending;
import dev.triad.engagement.Phase;
import dev.triad.programme.Timing;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ImpactMeasures extends JpaRepository<ImpactMeasure, Long> {

    List<ImpactMeasure> findByEngagementIdOrderById(Long engagementId);

    Optional<ImpactMeasure> findByIdAndEngagementId(Long id, Long engagementId);

    long countByEngagementId(Long engagementId);

    @Query(
            "select exists (select 1 from ImpactMeasure m where m.engagementId = ?1 and lower(m.name) = lower(?2) and m.id <> ?3)")
    boolean nameTaken(Long engagementId, String name, Long exceptId);

    /** The coach's engagements of proactive programmes, past intake and not closed, that have no impact measure. */
    @Query("""
            select new dev.triad.engagement.Pending(e.id, e.id, cl.fullName)
            from Engagement e join e.client cl join e.programme p
            where e.coach.id = ?1 and p.timing = ?2
              and e.phase in ?3
              and not exists (select m.id from ImpactMeasure m where m.engagementId = e.id)
            order by e.startsOn, e.id""")
    List<Pending> missingForCoach(Long coachId, Timing proactive, java.util.Collection<Phase> pastIntake);

    default List<Pending> missingForCoach(Long coachId) {
        return missingForCoach(
                coachId, Timing.PROACTIVE, java.util.EnumSet.of(Phase.ALIGNMENT, Phase.COACHING, Phase.SUSTAINMENT));
    }
}
