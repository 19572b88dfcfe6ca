package dev.triad.alignment;

import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ReportingAgreements extends JpaRepository<ReportingAgreement, Long> {

    /**
     * For every active engagement with an agreed cadence (of this client, or of everyone when {@code clientId} is null):
     * the agreement, the client, and when the last report was sent: one statement.
     */
    @Query("""
            select new dev.triad.alignment.ReportingState(a.engagementId, a.cadence, a.agreedOn, c.id, c.fullName, l.fullName,
                   (select max(r.sentAt) from ProgressReport r where r.engagementId = a.engagementId
                      and r.status = ?2))
            from ReportingAgreement a, Engagement e join e.client c join e.leader l
            where e.id = a.engagementId and e.phase <> ?3 and (?1 is null or c.id = ?1)
            order by a.engagementId""")
    List<ReportingState> statesOf(Long clientId, ReportStatus sent, Phase closed);

    default List<ReportingState> statesOf(Long clientId) {
        return statesOf(clientId, ReportStatus.SENT, Phase.CLOSED);
    }

    default List<ReportingState> allActive() {
        return statesOf(null);
    }
}
