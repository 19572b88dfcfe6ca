package dev.triad.session;

import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CoachingSessions extends JpaRepository<CoachingSession, Long> {

    @Query("select s from CoachingSession s where s.engagementId = ?1 order by s.startsAt, s.id")
    List<CoachingSession> inOrderOfStart(Long engagementId);

    /** The sessions of these engagements starting in [from, until), by start. */
    @Query("select s from CoachingSession s where s.engagementId in ?1 and s.startsAt >= ?2 and s.startsAt < ?3 "
            + "order by s.startsAt, s.id")
    List<CoachingSession> startingBetween(Collection<Long> engagementIds, Instant from, Instant until);

    /** The client's sessions starting before {@code until} that still have no agenda. */
    @Query("""
            select new dev.triad.session.SessionReminder(s.engagementId, s.id, c.fullName, s.startsAt, 0)
            from CoachingSession s, Engagement e join e.client c
            where e.id = s.engagementId and c.id = ?1 and s.status = ?4
              and s.agenda is null and s.startsAt > ?2 and s.startsAt < ?3
            order by s.startsAt""")
    List<SessionReminder> withoutAgenda(Long clientId, Instant from, Instant until, SessionStatus scheduled);

    default List<SessionReminder> withoutAgenda(Long clientId, Instant from, Instant until) {
        return withoutAgenda(clientId, from, until, SessionStatus.SCHEDULED);
    }

    /** The coach's sessions that have started but whose outcome is not recorded yet (a closed engagement's stay as they are). */
    @Query("""
            select new dev.triad.session.SessionReminder(s.engagementId, s.id, c.fullName, s.startsAt, 0)
            from CoachingSession s, Engagement e join e.client c
            where e.id = s.engagementId and e.coach.id = ?1 and s.status = ?3
              and s.startsAt < ?2 and e.phase <> ?4
            order by s.startsAt""")
    List<SessionReminder> awaitingOutcome(Long coachId, Instant now, SessionStatus scheduled, Phase closed);

    default List<SessionReminder> awaitingOutcome(Long coachId, Instant now) {
        return awaitingOutcome(coachId, now, SessionStatus.SCHEDULED, Phase.CLOSED);
    }

    /** Every scheduled session starting after {@code from} and no later than {@code until}, with its people: one statement. */
    @Query("""
            select new dev.triad.session.UpcomingSession(s.engagementId, s.id, s.startsAt, s.minutes, s.format,
                   e.client.id, co.id, co.fullName, case when s.agenda is null then false else true end,
                   p.cancellationNoticeHours)
            from CoachingSession s, Engagement e left join e.coach co join e.programme p
            where e.id = s.engagementId and s.status = ?3
              and s.startsAt > ?1 and s.startsAt <= ?2 and e.phase <> ?4
            order by s.startsAt, s.id""")
    List<UpcomingSession> scheduledBetween(Instant from, Instant until, SessionStatus scheduled, Phase closed);

    default List<UpcomingSession> scheduledBetween(Instant from, Instant until) {
        return scheduledBetween(from, until, SessionStatus.SCHEDULED, Phase.CLOSED);
    }

    /** Held sessions of the engagement (the evaluation's check-ins fall due by it); JPQL, so that the session just
     * marked held is flushed first. */
    @Query("select count(s) from CoachingSession s where s.engagementId = ?1 and s.status = ?2")
    long countHeld(Long engagementId, SessionStatus held);

    default long countHeld(Long engagementId) {
        return countHeld(engagementId, SessionStatus.HELD);
    }

    @Query("select s from CoachingSession s where s.id = ?2 and s.engagementId = ?1")
    Optional<CoachingSession> findInEngagement(Long engagementId, Long sessionId);

    /**
     * The scheduled sessions of the engagements where {@code clientId} is the client, starting after {@code after}, in
     * order, with their coach's default video link: one statement.
     */
    @Query("""
            select new dev.triad.session.SessionOnHome(s.engagementId, s.id, s.startsAt, s.minutes, s.format, s.location,
                   co.meetingLink)
            from CoachingSession s, Engagement e left join e.coach co
            where e.id = s.engagementId and e.client.id = ?1 and s.status = ?3 and s.startsAt > ?2
            order by s.startsAt, s.id""")
    List<SessionOnHome> comingOfClient(
            Long clientId, Instant after, SessionStatus scheduled, org.springframework.data.domain.Pageable first);
}
