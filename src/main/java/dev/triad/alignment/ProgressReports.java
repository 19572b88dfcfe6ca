package dev.triad.alignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface ProgressReports extends JpaRepository<ProgressReport, Long> {

    @Query("select r from ProgressReport r where r.id = ?2 and r.engagementId = ?1")
    Optional<ProgressReport> findInEngagement(Long engagementId, Long reportId);

    /** Sent reports, newest first; drafts are the client's alone and listed apart. */
    @Query(
            "select r from ProgressReport r where r.engagementId = ?1 and r.status = ?2 order by r.sentAt desc, r.id desc")
    List<ProgressReport> sentOf(Long engagementId, ReportStatus sent);

    default List<ProgressReport> sentOf(Long engagementId) {
        return sentOf(engagementId, ReportStatus.SENT);
    }

    @Query("select r from ProgressReport r where r.engagementId = ?1 order by r.createdAt desc, r.id desc")
    List<ProgressReport> allOf(Long engagementId);

    /** Sent reports the leader has not opened yet, per engagement: one statement. */
    @Query("select r.engagementId, count(r) from ProgressReport r where r.engagementId in ?1 "
            + "and r.status = ?2 and r.readAt is null group by r.engagementId")
    List<Object[]> unreadPerEngagement(Collection<Long> engagementIds, ReportStatus sent);

    default List<Object[]> unreadPerEngagement(Collection<Long> engagementIds) {
        return unreadPerEngagement(engagementIds, ReportStatus.SENT);
    }

    /** The reports waiting for this leader, with the client's name: one statement. */
    @Query("""
            select new dev.triad.alignment.UnreadReport(r.engagementId, r.id, c.fullName, r.sentAt)
            from ProgressReport r, Engagement e join e.client c
            where e.id = r.engagementId and e.leader.id = ?1 and r.status = ?2 and r.readAt is null
            order by r.sentAt, r.id""")
    List<UnreadReport> unreadFor(Long leaderId, ReportStatus sent);

    default List<UnreadReport> unreadFor(Long leaderId) {
        return unreadFor(leaderId, ReportStatus.SENT);
    }
}
