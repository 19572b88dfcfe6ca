package dev.triad.engagement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

public interface HoursEntries extends JpaRepository<HoursEntry, Long> {

    @Query("select h.engagementId, sum(h.hours) from HoursEntry h where h.engagementId in ?1 group by h.engagementId")
    List<Object[]> usedPerEngagement(Collection<Long> engagementIds);

    @Query("select coalesce(sum(h.hours), 0) from HoursEntry h where h.engagementId = ?1")
    BigDecimal usedBy(Long engagementId);

    @Query("select h from HoursEntry h where h.engagementId = ?1 order by h.recordedAt desc, h.id desc")
    List<HoursEntry> ledgerOf(Long engagementId);

    /** A session's lines still in force: neither a correction nor reversed by one. */
    @Query("""
            select h from HoursEntry h where h.sessionId = ?1 and h.kind <> ?2
            and not exists (select r.id from HoursEntry r where r.reversesId = h.id) order by h.id""")
    List<HoursEntry> inForceForSession(Long sessionId, HoursEntry.Kind correction);

    default List<HoursEntry> inForceForSession(Long sessionId) {
        return inForceForSession(sessionId, HoursEntry.Kind.CORRECTION);
    }
}
