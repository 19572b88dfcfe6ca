package dev.triad.alignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface LeaderFeedbacks extends JpaRepository<LeaderFeedback, Long> {

    @Query(
            "select f from LeaderFeedback f join fetch f.author where f.engagementId = ?1 order by f.createdAt desc, f.id desc")
    List<LeaderFeedback> ofEngagement(Long engagementId);
}
