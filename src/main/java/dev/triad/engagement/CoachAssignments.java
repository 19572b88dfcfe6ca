package dev.triad.engagement;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CoachAssignments extends JpaRepository<CoachAssignment, Long> {

    @EntityGraph(attributePaths = {"coach", "assignedBy"})
    @Query("select a from CoachAssignment a where a.engagement.id = ?1 order by a.assignedAt desc, a.id desc")
    List<CoachAssignment> historyOf(Long engagementId);

    @Query("select a from CoachAssignment a where a.engagement.id = ?1 and a.endedAt is null")
    Optional<CoachAssignment> currentOf(Long engagementId);
}
