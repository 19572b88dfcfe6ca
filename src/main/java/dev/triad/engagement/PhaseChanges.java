package dev.triad.engagement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface PhaseChanges extends JpaRepository<PhaseChange, Long> {

    /** An engagement's moves, oldest first, with who made each: one statement. */
    @Query("select c from PhaseChange c join fetch c.movedBy where c.engagementId = ?1 order by c.movedAt, c.id")
    List<PhaseChange> historyOf(Long engagementId);
}
