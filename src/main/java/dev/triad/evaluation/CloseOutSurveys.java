package dev.triad.evaluation;

import dev.triad.engagement.Pending;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CloseOutSurveys extends JpaRepository<CloseOutSurvey, Long> {

    Optional<CloseOutSurvey> findByEngagementIdAndRespondentId(Long engagementId, Long respondentId);

    List<CloseOutSurvey> findByEngagementIdOrderByRespondentRole(Long engagementId);

    boolean existsByEngagementIdAndRespondentRole(Long engagementId, Respondent role);

    /** Surveys sent to the person that they have not answered yet. */
    @Query("""
            select new dev.triad.engagement.Pending(e.id, s.id, cl.fullName)
            from CloseOutSurvey s, Engagement e join e.client cl
            where e.id = s.engagementId and s.respondentId = ?1
              and not exists (select a.id from CloseOutAnswer a where a.surveyId = s.id)
            order by s.sentAt""")
    List<Pending> unansweredFor(Long respondentId);
}
