package dev.triad.assessment;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AssessmentFiles extends JpaRepository<AssessmentFile, Long> {

    @Query(
            "select f from AssessmentFile f where f.engagementId = ?1 and f.assessmentId in ?2 order by f.assessmentId, f.id")
    List<AssessmentFile> ofAssessments(Long engagementId, Collection<Long> assessmentIds);

    @EntityGraph(attributePaths = "uploadedBy")
    @Query("select f from AssessmentFile f where f.engagementId = ?1 and f.assessmentId = ?2 order by f.id")
    List<AssessmentFile> ofAssessment(Long engagementId, Long assessmentId);

    /** A file only under its own assessment and engagement: someone else's id finds nothing. */
    Optional<AssessmentFile> findByIdAndAssessmentIdAndEngagementId(Long id, Long assessmentId, Long engagementId);

    long countByAssessmentId(Long assessmentId);
}
