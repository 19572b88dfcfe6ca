package dev.triad.alignment;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface AlignmentMeetings extends JpaRepository<AlignmentMeeting, Long> {

    @Query("select m from AlignmentMeeting m where m.id = ?2 and m.engagementId = ?1")
    Optional<AlignmentMeeting> findInEngagement(Long engagementId, Long meetingId);

    /** The meeting, its row locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select m from AlignmentMeeting m where m.id = ?2 and m.engagementId = ?1")
    Optional<AlignmentMeeting> findLockedInEngagement(Long engagementId, Long meetingId);

    @Query("select m from AlignmentMeeting m where m.engagementId = ?1 order by m.startsAt, m.id")
    List<AlignmentMeeting> ofEngagement(Long engagementId);

    @Query("select count(m) > 0 from AlignmentMeeting m where m.engagementId = ?1 and m.kind = ?2 "
            + "and m.status <> ?3")
    boolean hasActive(Long engagementId, MeetingKind kind, MeetingStatus cancelled);

    default boolean hasActive(Long engagementId, MeetingKind kind) {
        return hasActive(engagementId, kind, MeetingStatus.CANCELLED);
    }

    /** The scheduled meetings starting after the given time of the engagements where {@code userId} is client, coach or leader. */
    // "e.id in (…)" rather than "e.client.id = ?1 or …": the join to the client turns that into its user's id, and
    // PostgreSQL then scans every engagement instead of combining the three indexes (14 ms → 1 ms on 20,000).
    @Query("""
            select new dev.triad.alignment.MeetingOnHome(m.engagementId, m.id, m.kind, m.startsAt, m.minutes, m.location, c.fullName)
            from AlignmentMeeting m, Engagement e join e.client c
            where e.id = m.engagementId
              and e.id in (select x.id from Engagement x where x.client.id = ?1 or x.coach.id = ?1 or x.leader.id = ?1)
              and m.status = ?3 and m.startsAt > ?2
            order by m.startsAt, m.id""")
    List<MeetingOnHome> upcomingFor(
            Long userId,
            Instant startingAfter,
            MeetingStatus scheduled,
            org.springframework.data.domain.Pageable first);

    default List<MeetingOnHome> upcomingFor(
            Long userId, Instant startingAfter, org.springframework.data.domain.Pageable first) {
        return upcomingFor(userId, startingAfter, MeetingStatus.SCHEDULED, first);
    }

    /** Every scheduled meeting starting after {@code from} and no later than {@code until}, with its people: one statement. */
    @Query("""
            select new dev.triad.alignment.UpcomingMeeting(m.engagementId, m.id, m.kind, m.startsAt, m.minutes,
                   e.client.id, co.id, e.leader.id)
            from AlignmentMeeting m, Engagement e left join e.coach co
            where e.id = m.engagementId and m.status = ?3
              and m.startsAt > ?1 and m.startsAt <= ?2
            order by m.startsAt, m.id""")
    List<UpcomingMeeting> scheduledBetween(Instant from, Instant until, MeetingStatus scheduled);

    default List<UpcomingMeeting> scheduledBetween(Instant from, Instant until) {
        return scheduledBetween(from, until, MeetingStatus.SCHEDULED);
    }

    /** The meetings of these engagements starting in [from, until), by start. */
    @Query("select m from AlignmentMeeting m where m.engagementId in ?1 and m.startsAt >= ?2 and m.startsAt < ?3 "
            + "order by m.startsAt, m.id")
    List<AlignmentMeeting> startingBetween(Collection<Long> engagementIds, Instant from, Instant until);

    /** The next scheduled meeting of each of these engagements (at most one per engagement, earliest first). */
    @Query("""
            select m from AlignmentMeeting m where m.engagementId in ?1 and m.status = ?3
              and m.startsAt > ?2 and not exists (select 1 from AlignmentMeeting n where n.engagementId = m.engagementId
                and n.status = ?3 and n.startsAt > ?2
                and (n.startsAt < m.startsAt or (n.startsAt = m.startsAt and n.id < m.id)))""")
    List<AlignmentMeeting> nextOf(Collection<Long> engagementIds, Instant startingAfter, MeetingStatus scheduled);

    default List<AlignmentMeeting> nextOf(Collection<Long> engagementIds, Instant startingAfter) {
        return nextOf(engagementIds, startingAfter, MeetingStatus.SCHEDULED);
    }

    /**
     * The scheduled meetings starting after {@code after} of the engagements where {@code userId} is the client or the
     * leader (not the coach: coaches have their schedule), in order: one statement.
     */
    @Query("""
            select new dev.triad.alignment.NextMeeting(m.engagementId, m.id, m.kind, m.startsAt, m.minutes, m.location,
                   co.meetingLink)
            from AlignmentMeeting m, Engagement e left join e.coach co
            where e.id = m.engagementId
              and e.id in (select x.id from Engagement x where x.client.id = ?1 or x.leader.id = ?1)
              and m.status = ?3 and m.startsAt > ?2
            order by m.startsAt, m.id""")
    List<NextMeeting> comingForClientOrLeader(
            Long userId, Instant after, MeetingStatus scheduled, org.springframework.data.domain.Pageable first);
}
