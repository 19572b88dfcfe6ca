package dev.triad.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface FeedbackLinks extends JpaRepository<FeedbackLink, Long> {

    Optional<FeedbackLink> findByTokenHash(String tokenHash);

    @Modifying
    @Query("delete from FeedbackLink l where l.raterId = ?1")
    int deleteOfRater(Long raterId);
}
