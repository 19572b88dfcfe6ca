package dev.triad.evaluation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface CloseOutAnswers extends JpaRepository<CloseOutAnswer, Long> {

    Optional<CloseOutAnswer> findBySurveyId(Long surveyId);

    List<CloseOutAnswer> findBySurveyIdIn(Collection<Long> surveyIds);
}
