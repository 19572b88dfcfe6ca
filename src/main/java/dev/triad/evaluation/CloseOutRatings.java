package dev.triad.evaluation;

import dev.triad.engagement.CoachRatings;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Coaches' close-out satisfaction for matching: the coach at closing, over at least five rated engagements. */
@Component
class CloseOutRatings implements CoachRatings {

    private final EntityManager entityManager;

    CloseOutRatings(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Rating> ratingsOf(Collection<Long> coachIds) {
        Map<Long, Rating> ratings = new HashMap<>();
        if (coachIds.isEmpty()) {
            return ratings;
        }
        List<Object[]> rows = entityManager
                .createQuery("""
                        select s.coachId, avg(a.satisfaction), count(distinct s.engagementId)
                        from CloseOutSurvey s, CloseOutAnswer a
                        where a.surveyId = s.id and s.coachId in :coaches
                        group by s.coachId
                        having count(distinct s.engagementId) >= :minimum""", Object[].class)
                .setParameter("coaches", coachIds)
                .setParameter("minimum", (long) MINIMUM_ENGAGEMENTS)
                .getResultList();
        for (Object[] row : rows) {
            ratings.put(
                    (Long) row[0],
                    new Rating(BigDecimal.valueOf(((Number) row[1]).doubleValue()), ((Number) row[2]).longValue()));
        }
        return ratings;
    }
}
