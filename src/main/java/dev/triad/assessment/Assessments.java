package dev.triad.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface Assessments extends JpaRepository<Assessment, Long> {

    Optional<Assessment> findByIdAndEngagementId(Long id, Long engagementId);

    @Query("select a from Assessment a where a.engagementId = ?1 order by a.assessedOn desc, a.id desc")
    List<Assessment> allOf(Long engagementId);

    @Query("select a from Assessment a where a.engagementId = ?1 and a.sharing <> ?2 "
            + "order by a.assessedOn desc, a.id desc")
    List<Assessment> sharedOf(Long engagementId, Sharing none);

    default List<Assessment> sharedOf(Long engagementId) {
        return sharedOf(engagementId, Sharing.NONE);
    }

    /** What HR may know: that assessments exist, of which kind and when; nothing they say. */
    @Query("select new dev.triad.assessment.AssessmentFact(a.kind, a.assessedOn) from Assessment a "
            + "where a.engagementId = ?1 order by a.assessedOn desc, a.id desc")
    List<AssessmentFact> factsOf(Long engagementId);
}
