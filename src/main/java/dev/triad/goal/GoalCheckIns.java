package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface GoalCheckIns extends JpaRepository<GoalCheckIn, Long> {

    /** A check-in only under its own engagement and goal: an id from elsewhere finds nothing. */
    @Query(
            "select c from GoalCheckIn c join fetch c.recordedBy where c.id = ?1 and c.engagementId = ?2 and c.goalId = ?3")
    java.util.Optional<GoalCheckIn> findOf(Long id, Long engagementId, Long goalId);

    /** A goal's series, oldest first, with who recorded each value. */
    @Query("select c from GoalCheckIn c join fetch c.recordedBy where c.engagementId = ?1 and c.goalId = ?2 "
            + "order by c.measuredOn, c.id")
    List<GoalCheckIn> seriesOf(Long engagementId, Long goalId);

    /** The latest check-in (by date, then by entry) of every goal of the engagement, in one statement. */
    @Query("select c from GoalCheckIn c where c.engagementId = ?1 and not exists ("
            + "select 1 from GoalCheckIn d where d.engagementId = c.engagementId and d.goalId = c.goalId "
            + "and (d.measuredOn > c.measuredOn or (d.measuredOn = c.measuredOn and d.id > c.id)))")
    List<GoalCheckIn> latestPerGoal(Long engagementId);

    /** The latest check-in of every shared goal of these engagements, in one statement. */
    @Query("select c from GoalCheckIn c, Goal g where g.id = c.goalId and c.engagementId in ?1 "
            + "and g.visibility = ?2 and not exists ("
            + "select 1 from GoalCheckIn d where d.engagementId = c.engagementId and d.goalId = c.goalId "
            + "and (d.measuredOn > c.measuredOn or (d.measuredOn = c.measuredOn and d.id > c.id)))")
    List<GoalCheckIn> latestPerSharedGoal(java.util.Collection<Long> engagementIds, GoalVisibility shared);

    default List<GoalCheckIn> latestPerSharedGoal(java.util.Collection<Long> engagementIds) {
        return latestPerSharedGoal(engagementIds, GoalVisibility.SHARED);
    }
}
