package dev.triad.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FeedbackQuestions extends JpaRepository<FeedbackQuestion, Long> {

    @Query("select q from FeedbackQuestion q where q.requestId = ?1 order by q.position")
    List<FeedbackQuestion> ofRequest(Long requestId);
}
