package dev.triad.schedule;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Optional;

interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUserId(Long userId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);

    /**
     * The person's feed now answers to {@code tokenHash} only: made, or replaced in one statement, so two windows
     * making the first address at the same moment both succeed (the later one's address is the one that works).
     */
    @Modifying
    @Query(value = """
                    insert into calendar_feed (user_id, token_hash, created_at) values (:userId, :tokenHash, :at)
                    on conflict (user_id) do update
                        set token_hash = excluded.token_hash, created_at = excluded.created_at,
                            version = calendar_feed.version + 1
                    """, nativeQuery = true)
    void issue(@Param("userId") Long userId, @Param("tokenHash") String tokenHash, @Param("at") Instant at);
}
