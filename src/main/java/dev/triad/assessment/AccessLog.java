package dev.triad.assessment;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;
import java.util.Collection;

/**
 * The access log: only appends and reads, so nothing in the application can change or remove an entry
 * (no save, no delete; the table's triggers refuse it as well).
 */
interface AccessLog extends Repository<AccessLogEntry, Long> {

    /** One entry per assessment in {@code assessmentIds} of the engagement, in one statement however many. */
    @Modifying
    @Query(
            nativeQuery = true,
            value = "insert into assessment_access "
                    + "(engagement_id, assessment_id, reader_id, reader_role, what, detail, read_at) "
                    + "select a.engagement_id, a.id, :readerId, :readerRole, :what, cast(:detail as varchar), :readAt "
                    + "from assessment a where a.engagement_id = :engagementId and a.id in (:assessmentIds)")
    int record(
            Long engagementId,
            Collection<Long> assessmentIds,
            Long readerId,
            String readerRole,
            String what,
            String detail,
            Instant readAt);

    @EntityGraph(attributePaths = {"reader", "assessment"})
    @Query(
            value = "select e from AccessLogEntry e where e.engagementId = ?1 order by e.readAt desc, e.id desc",
            countQuery = "select count(e) from AccessLogEntry e where e.engagementId = ?1")
    Page<AccessLogEntry> ofEngagement(Long engagementId, Pageable pageable);
}
