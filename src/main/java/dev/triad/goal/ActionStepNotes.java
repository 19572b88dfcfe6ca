package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface ActionStepNotes extends JpaRepository<ActionStepNote, Long> {

    /** Every note of the engagement's steps, oldest first, with their authors: the action plan's log. */
    @Query("select n from ActionStepNote n join fetch n.author where n.engagementId = ?1 order by n.createdAt, n.id")
    List<ActionStepNote> allOf(Long engagementId);

    @Query("select n from ActionStepNote n join fetch n.author where n.engagementId = ?1 and n.stepId in ?2 "
            + "order by n.createdAt, n.id")
    List<ActionStepNote> ofSteps(Long engagementId, Collection<Long> stepIds);
}
