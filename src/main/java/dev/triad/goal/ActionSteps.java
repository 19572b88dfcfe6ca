package dev.triad.goal;

import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface ActionSteps extends JpaRepository<ActionStep, Long> {

    /** A step only under its own engagement: an id from another engagement finds nothing. */
    Optional<ActionStep> findByIdAndEngagementId(Long id, Long engagementId);

    @Query("select s from ActionStep s where s.engagementId = ?1 order by s.dueOn, s.id")
    List<ActionStep> allOf(Long engagementId);

    @Query("select s from ActionStep s where s.engagementId = ?1 and s.goalId = ?2 order by s.dueOn, s.id")
    List<ActionStep> ofGoal(Long engagementId, Long goalId);

    /** Per active engagement, its open steps due before {@code today}: one statement for everyone. */
    @Query("""
            select new dev.triad.goal.OverdueSteps(e.id, e.client.id, count(s), min(s.dueOn))
            from ActionStep s, Engagement e
            where e.id = s.engagementId and s.status = ?2 and s.dueOn < ?1
              and e.phase <> ?3
            group by e.id, e.client.id
            order by e.id""")
    List<OverdueSteps> overdueOn(LocalDate today, ActionStepStatus open, Phase closed);

    default List<OverdueSteps> overdueOn(LocalDate today) {
        return overdueOn(today, ActionStepStatus.OPEN, Phase.CLOSED);
    }

    @Query("select s from ActionStep s where s.engagementId = ?1 and s.sessionId = ?2 order by s.dueOn, s.id")
    List<ActionStep> fromSession(Long engagementId, Long sessionId);
}
