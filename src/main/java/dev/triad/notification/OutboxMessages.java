package dev.triad.notification;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

import java.time.Instant;
import java.util.List;

interface OutboxMessages extends JpaRepository<OutboxMessage, Long> {

    /**
     * Whether a message with this key was ever written. Messages are inserted at once (identity ids), so the query
     * needs no flush first: without this hint, a reminder job enqueuing thousands of messages in one transaction
     * dirty-checked every one of them again before each check.
     */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    boolean existsByDedupeKey(String dedupeKey);

    /** HR's outbox: every message but those to 360 raters ({@link RaterMails}). */
    @Query(
            value =
                    "select new dev.triad.notification.OutboxRow(m.id, m.kind, m.recipientName, m.recipientEmail, m.subject, "
                            + "m.status, m.attempts, m.lastError, m.createdAt, m.sentAt, m.nextAttemptAt) from OutboxMessage m "
                            + "where (?1 is null or m.status = ?1) and " + RaterMails.NOT_TO_A_RATER
                            + " order by m.createdAt desc, m.id desc",
            countQuery = "select count(m) from OutboxMessage m where (?1 is null or m.status = ?1) and "
                    + RaterMails.NOT_TO_A_RATER)
    Page<OutboxRow> list(OutboxStatus status, java.util.Collection<NotificationKind> raterKinds, Pageable pageable);

    default Page<OutboxRow> list(OutboxStatus status, Pageable pageable) {
        return list(status, RaterMails.KINDS, pageable);
    }

    List<OutboxMessage> findByRecipientEmailOrderById(String email);

    List<OutboxMessage> findByDedupeKeyIn(java.util.Collection<String> dedupeKeys);

    @Modifying
    @Query("update OutboxMessage m set m.status = ?2, m.attempts = 0, "
            + "m.nextAttemptAt = ?1, m.version = m.version + 1 where m.status = ?3")
    int releaseHeld(Instant now, OutboxStatus pending, OutboxStatus held);

    default int releaseHeld(Instant now) {
        return releaseHeld(now, OutboxStatus.PENDING, OutboxStatus.HELD);
    }

    @Modifying
    @Query("delete from OutboxMessage m where m.status = ?2 and m.sentAt < ?1")
    int deleteSentBefore(Instant before, OutboxStatus sent);

    default int deleteSentBefore(Instant before) {
        return deleteSentBefore(before, OutboxStatus.SENT);
    }

    /** Held and failed messages are never sent by themselves; past the retention they are forgotten too (they may name places). */
    @Modifying
    @Query("delete from OutboxMessage m where m.status in ?2 and m.createdAt < ?1")
    int deleteUnsentCreatedBefore(Instant before, java.util.Collection<OutboxStatus> unsent);

    default int deleteUnsentCreatedBefore(Instant before) {
        return deleteUnsentCreatedBefore(before, java.util.EnumSet.of(OutboxStatus.HELD, OutboxStatus.FAILED));
    }
}
