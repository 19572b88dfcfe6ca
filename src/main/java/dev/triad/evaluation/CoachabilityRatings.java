package dev.triad.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface CoachabilityRatings extends JpaRepository<CoachabilityRating, Long> {

    List<CoachabilityRating> findByEngagementIdOrderByRecordedAtDescIdDesc(Long engagementId);
}
