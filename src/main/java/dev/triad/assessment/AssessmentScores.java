package dev.triad.assessment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface AssessmentScores extends JpaRepository<AssessmentScore, Long> {

    @Query(
            "select s from AssessmentScore s where s.engagementId = ?1 and s.assessmentId in ?2 order by s.assessmentId, s.position")
    List<AssessmentScore> ofAssessments(Long engagementId, Collection<Long> assessmentIds);

    @Query("select s from AssessmentScore s where s.engagementId = ?1 and s.assessmentId = ?2 order by s.position")
    List<AssessmentScore> ofAssessment(Long engagementId, Long assessmentId);

    @Modifying
    @Query("delete from AssessmentScore s where s.engagementId = ?1 and s.assessmentId = ?2")
    int deleteOf(Long engagementId, Long assessmentId);
}
