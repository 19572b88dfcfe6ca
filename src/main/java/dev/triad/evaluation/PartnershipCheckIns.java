package dev.triad.evaluation;

import dev.triad.engagement.Pending;
import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface PartnershipCheckIns extends JpaRepository<PartnershipCheckIn, Long> {

    List<PartnershipCheckIn> findByEngagementIdOrderByAfterSessionsDesc(Long engagementId);

    Optional<PartnershipCheckIn> findByIdAndEngagementId(Long id, Long engagementId);

    boolean existsByEngagementIdAndAfterSessions(Long engagementId, int afterSessions);

    @Query(
            "select c from PartnershipCheckIn c where c.engagementId = ?1 and c.answeredAt is null and c.supersededAt is null")
    List<PartnershipCheckIn> openOf(Long engagementId);

    /** The client's open check-ins, on engagements that are not closed. */
    @Query("""
            select new dev.triad.engagement.Pending(e.id, c.id, cl.fullName)
            from PartnershipCheckIn c, Engagement e join e.client cl
            where e.id = c.engagementId and cl.id = ?1 and c.answeredAt is null and c.supersededAt is null
              and e.phase <> ?2
            order by c.dueAt""")
    List<Pending> openForClient(Long clientId, Phase closed);

    default List<Pending> openForClient(Long clientId) {
        return openForClient(clientId, Phase.CLOSED);
    }
}
