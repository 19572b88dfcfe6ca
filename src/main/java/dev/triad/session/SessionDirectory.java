package dev.triad.session;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How other modules read coaching sessions: one session (for its mails), an engagement's sessions in order (the
 * timeline), how many were held (check-ins fall due by it). Only reads — sessions change through
 * {@link SessionService}, never through the {@link CoachingSessions} repository from another module
 * ({@code ModularityTest} checks it).
 */
@Component
public class SessionDirectory {

    private final CoachingSessions sessions;

    SessionDirectory(CoachingSessions sessions) {
        this.sessions = sessions;
    }

    public Optional<CoachingSession> findById(Long id) {
        return sessions.findById(id);
    }

    /** The engagement's sessions by start. */
    public List<CoachingSession> inOrderOfStart(Long engagementId) {
        return sessions.inOrderOfStart(engagementId);
    }

    /**
     * The sessions of these engagements starting from {@code from} (inclusive) until {@code until} (exclusive), by
     * start, in one query whatever their number: a schedule or a calendar feed across engagements. Every status, the
     * rescheduled ones too (a moved session's calendar identity lives on in the one it moved to).
     */
    public List<CoachingSession> startingBetween(Collection<Long> engagementIds, Instant from, Instant until) {
        return engagementIds.isEmpty() ? List.of() : sessions.startingBetween(engagementIds, from, until);
    }

    /**
     * The client's next scheduled sessions not yet over at {@code now} (those under way included), at most
     * {@code limit}, in order of start: one statement.
     */
    public List<SessionOnHome> nextOfClient(Long clientId, java.time.Instant now, int limit) {
        // a session lasts at most 8 hours: one that started earlier is over
        return sessions
                .comingOfClient(
                        clientId,
                        now.minus(java.time.Duration.ofHours(8)),
                        SessionStatus.SCHEDULED,
                        org.springframework.data.domain.PageRequest.of(0, limit))
                .stream()
                .filter(s -> s.endsAt().isAfter(now))
                .toList();
    }

    /** How many of the engagement's sessions were held. */
    public long countHeld(Long engagementId) {
        return sessions.countHeld(engagementId);
    }
}
