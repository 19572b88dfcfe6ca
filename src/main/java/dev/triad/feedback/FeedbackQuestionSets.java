package dev.triad.feedback;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface FeedbackQuestionSets extends JpaRepository<FeedbackQuestionSet, Long> {

    @Query("select s from FeedbackQuestionSet s order by lower(s.name)")
    List<FeedbackQuestionSet> allInOrder();

    @Query("select s from FeedbackQuestionSet s where s.offered = true order by lower(s.name)")
    List<FeedbackQuestionSet> offered();

    @Query("select exists (select 1 from FeedbackQuestionSet s where lower(s.name) = lower(?1) and s.id <> ?2)")
    boolean nameTakenByOther(String name, Long id);
}
