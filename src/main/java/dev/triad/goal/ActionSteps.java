package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ActionSteps extends JpaRepository<ActionStep, Long> {

    /** A step only under its own engagement: an id from another engagement finds nothing. */
    Optional<ActionStep> findByIdAndEngagementId(Long id, Long engagementId);

    @Query("select s from ActionStep s where s.engagementId = ?1 order by s.dueOn, s.id")
    List<ActionStep> allOf(Long engagementId);

    @Query("select s from ActionStep s where s.engagementId = ?1 and s.goalId = ?2 order by s.dueOn, s.id")
    List<ActionStep> ofGoal(Long engagementId, Long goalId);

    @Query("select s from ActionStep s where s.engagementId = ?1 and s.sessionId = ?2 order by s.dueOn, s.id")
    List<ActionStep> fromSession(Long engagementId, Long sessionId);
}
