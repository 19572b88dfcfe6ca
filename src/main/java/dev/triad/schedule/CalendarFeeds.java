package dev.triad.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface CalendarFeeds extends JpaRepository<CalendarFeed, Long> {

    Optional<CalendarFeed> findByUserId(Long userId);

    Optional<CalendarFeed> findByTokenHash(String tokenHash);
}
