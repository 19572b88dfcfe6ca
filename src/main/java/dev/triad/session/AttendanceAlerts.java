package dev.triad.session;

import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface AttendanceAlerts extends JpaRepository<AttendanceAlert, Long> {

    @Query("select a from AttendanceAlert a where a.acknowledgedAt is null order by a.raisedAt desc, a.id desc")
    List<AttendanceAlert> open();

    @Query("""
            select new dev.triad.session.SessionReminder(a.engagementId, a.id, c.fullName, a.raisedAt, a.cancellations)
            from AttendanceAlert a, Engagement e join e.client c
            where e.id = a.engagementId and a.acknowledgedAt is null and e.phase <> ?1
            order by a.raisedAt desc, a.id desc""")
    List<SessionReminder> openWithClients(Phase closed);

    default List<SessionReminder> openWithClients() {
        return openWithClients(Phase.CLOSED);
    }

    @Query("select a from AttendanceAlert a where a.engagementId = ?1 order by a.raisedAt desc, a.id desc")
    List<AttendanceAlert> ofEngagement(Long engagementId);
}
