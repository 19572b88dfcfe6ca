package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface Goals extends JpaRepository<Goal, Long> {

    /** A goal only under its own engagement: an id from another engagement finds nothing. */
    Optional<Goal> findByIdAndEngagementId(Long id, Long engagementId);

    @Query("select g from Goal g where g.engagementId = ?1 order by g.id")
    List<Goal> allOf(Long engagementId);

    @Query("select g from Goal g where g.engagementId = ?1 and g.visibility = ?2 order by g.id")
    List<Goal> sharedOf(Long engagementId, GoalVisibility shared);

    default List<Goal> sharedOf(Long engagementId) {
        return sharedOf(engagementId, GoalVisibility.SHARED);
    }

    @Query("select g from Goal g where g.engagementId in ?1 and g.visibility = ?2 order by g.engagementId, g.id")
    List<Goal> sharedOf(java.util.Collection<Long> engagementIds, GoalVisibility shared);

    default List<Goal> sharedOf(java.util.Collection<Long> engagementIds) {
        return sharedOf(engagementIds, GoalVisibility.SHARED);
    }
}
