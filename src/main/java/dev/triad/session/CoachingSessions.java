package dev.triad.session;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface CoachingSessions extends JpaRepository<CoachingSession, Long> {

    @Query("select s from CoachingSession s where s.engagementId = ?1 order by s.startsAt, s.id")
    List<CoachingSession> inOrderOfStart(Long engagementId);

    @Query("select s from CoachingSession s where s.id = ?2 and s.engagementId = ?1")
    Optional<CoachingSession> findInEngagement(Long engagementId, Long sessionId);
}
