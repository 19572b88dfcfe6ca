package dev.triad.notification;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Optional;

interface AppNotifications extends JpaRepository<AppNotification, Long> {

    @Query(
            value = "select n from AppNotification n where n.userId = ?1 order by n.createdAt desc, n.id desc",
            countQuery = "select count(n) from AppNotification n where n.userId = ?1")
    Page<AppNotification> findForUser(Long userId, Pageable pageable);

    Optional<AppNotification> findByIdAndUserId(Long id, Long userId);

    @Query("select count(n) from AppNotification n where n.userId = ?1 and n.readAt is null")
    long countUnread(Long userId);

    @Modifying
    @Query("update AppNotification n set n.readAt = ?2 where n.userId = ?1 and n.readAt is null")
    int markAllRead(Long userId, Instant now);

    @Modifying
    @Query("delete from AppNotification n where n.readAt < ?1")
    int deleteReadBefore(Instant before);
}
