package dev.triad.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface FeedbackRequests extends JpaRepository<FeedbackRequest, Long> {

    Optional<FeedbackRequest> findByAssessmentIdAndEngagementId(Long assessmentId, Long engagementId);

    boolean existsByAssessmentId(Long assessmentId);

    @Query("select r from FeedbackRequest r where r.engagementId = ?1")
    List<FeedbackRequest> ofEngagement(Long engagementId);
}
