package dev.triad.engagement;

import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.programme.CohortEngagements;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Opens the engagements of a programme's cohort for the programme module ({@link dev.triad.programme.Cohorts}). */
@Component
class ProgrammeCohorts implements CohortEngagements {

    private final EngagementService engagements;
    private final EntityManager entityManager;

    ProgrammeCohorts(EngagementService engagements, EntityManager entityManager) {
        this.engagements = engagements;
        this.entityManager = entityManager;
    }

    @Override
    public List<String> clientsAlreadyIn(Long programmeId, List<String> clientEmails) {
        return entityManager
                .createQuery("""
                        select lower(e.client.email) from Engagement e
                        where e.programme.id = :programme and e.phase <> :closed
                          and lower(e.client.email) in :emails""", String.class)
                .setParameter("programme", programmeId)
                .setParameter("closed", Phase.CLOSED)
                .setParameter("emails", clientEmails)
                .getResultList();
    }

    @Override
    public Long open(
            String clientEmail,
            String leaderEmail,
            Long programmeId,
            LocalDate startsOn,
            LocalDate plannedEndOn,
            String focus) {
        return engagements
                .create(new NewEngagement(
                        clientEmail, leaderEmail, programmeId, null, null, null, startsOn, plannedEndOn, focus))
                .getId();
    }
}
