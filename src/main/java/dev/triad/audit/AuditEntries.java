package dev.triad.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.Instant;

/** Only saving and reading: the application has no way to change or delete an entry. */
interface AuditEntries extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    @Query("""
            select a from AuditEntry a
            where (:kind is null or a.kind = :kind)
              and (:actor is null or lower(a.actorEmail) like :actor)
              and a.at >= :from and a.at < :until
            order by a.at desc, a.id desc""")
    Page<AuditEntry> search(AuditKind kind, String actor, Instant from, Instant until, Pageable pageable);
}
