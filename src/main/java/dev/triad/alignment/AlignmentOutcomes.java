package dev.triad.alignment;

import dev.triad.engagement.Participation;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface AlignmentOutcomes extends JpaRepository<AlignmentOutcome, Long> {

    /** Every version of a meeting's outcome, newest first, with their confirmations: one statement. */
    @EntityGraph(attributePaths = "confirmations")
    @Query("select o from AlignmentOutcome o where o.engagementId = ?1 and o.meetingId = ?2 order by o.number desc")
    List<AlignmentOutcome> versionsOf(Long engagementId, Long meetingId);

    @EntityGraph(attributePaths = "confirmations")
    @Query("select o from AlignmentOutcome o where o.engagementId = ?1 and o.id = ?2")
    Optional<AlignmentOutcome> withConfirmations(Long engagementId, Long outcomeId);

    @EntityGraph(attributePaths = "confirmations")
    @Query("select o from AlignmentOutcome o where o.engagementId = ?1 and o.meetingId = ?2 and o.supersededAt is null")
    Optional<AlignmentOutcome> currentOf(Long engagementId, Long meetingId);

    /** Every version of every meeting of the engagement, with confirmations (for the meeting list and the phase guards). */
    @EntityGraph(attributePaths = "confirmations")
    @Query("select o from AlignmentOutcome o where o.engagementId = ?1 order by o.meetingId, o.number")
    List<AlignmentOutcome> ofEngagement(Long engagementId);

    /**
     * Current outcome versions of meetings that have started and are not cancelled, still waiting for {@code userId}'s part
     * in the engagement: one statement.
     */
    // "e.id in (…)" rather than "e.client.id = ?1 or …": the join to the client turns that into its user's id, and
    // PostgreSQL then scans every engagement instead of combining the three indexes (14 ms → 1 ms on 20,000).
    @Query("""
            select new dev.triad.alignment.OutcomeToConfirm(o.engagementId, o.meetingId, m.kind, c.fullName)
            from AlignmentOutcome o, AlignmentMeeting m, Engagement e join e.client c
            where m.id = o.meetingId and e.id = o.engagementId and o.supersededAt is null
              and m.status <> ?3 and m.startsAt <= ?2
              and e.id in (select x.id from Engagement x where x.client.id = ?1 or x.coach.id = ?1 or x.leader.id = ?1)
              and ((e.client.id = ?1 and not exists (select 1 from OutcomeConfirmation k where k.outcome = o
                      and k.participation = ?4))
                or (e.coach.id = ?1 and not exists (select 1 from OutcomeConfirmation k where k.outcome = o
                      and k.participation = ?5))
                or (e.leader.id = ?1 and not exists (select 1 from OutcomeConfirmation k where k.outcome = o
                      and k.participation = ?6)))
            order by m.startsAt, o.id""")
    List<OutcomeToConfirm> awaitingConfirmationBy(
            Long userId,
            java.time.Instant now,
            MeetingStatus cancelled,
            Participation client,
            Participation coach,
            Participation leader);

    default List<OutcomeToConfirm> awaitingConfirmationBy(Long userId, java.time.Instant now) {
        return awaitingConfirmationBy(
                userId, now, MeetingStatus.CANCELLED, Participation.CLIENT, Participation.COACH, Participation.LEADER);
    }

    /** Current versions of the outcomes of meetings that began between {@code from} and {@code to}, not cancelled. */
    @Query("""
            select o.engagementId, o.meetingId, o.id from AlignmentOutcome o, AlignmentMeeting m
            where m.id = o.meetingId and o.supersededAt is null
              and m.status <> ?3 and m.startsAt > ?1 and m.startsAt <= ?2
            order by m.startsAt, o.id""")
    List<Object[]> currentOfMeetingsBegunBetween(java.time.Instant from, java.time.Instant to, MeetingStatus cancelled);

    default List<Object[]> currentOfMeetingsBegunBetween(java.time.Instant from, java.time.Instant to) {
        return currentOfMeetingsBegunBetween(from, to, MeetingStatus.CANCELLED);
    }
}
