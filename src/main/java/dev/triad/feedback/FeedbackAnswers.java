package dev.triad.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FeedbackAnswers extends JpaRepository<FeedbackAnswer, FeedbackAnswer.Key> {

    @Query("select a from FeedbackAnswer a where a.raterId = ?1")
    List<FeedbackAnswer> ofRater(Long raterId);

    /** Every answer of the request's raters who have submitted; drafts are never read into results. */
    @Query("select a from FeedbackAnswer a where a.requestId = ?1 and a.raterId in "
            + "(select r.id from FeedbackRater r where r.requestId = ?1 and r.submittedAt is not null)")
    List<FeedbackAnswer> submittedOf(Long requestId);

    @Modifying
    @Query("delete from FeedbackAnswer a where a.raterId = ?1")
    int deleteOfRater(Long raterId);
}
