package dev.triad.goal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface GoalLeaderInputs extends JpaRepository<GoalLeaderInput, Long> {

    @Query(
            "select i from GoalLeaderInput i join fetch i.author left join fetch i.recordedBy where i.engagementId = ?1 and i.goalId = ?2 "
                    + "order by i.createdAt, i.id")
    List<GoalLeaderInput> ofGoal(Long engagementId, Long goalId);

    /** The input recorded in one alignment meeting, on goals still shared with the leader, with the goal: one statement. */
    @Query(
            "select i, g from GoalLeaderInput i join fetch i.author left join fetch i.recordedBy, Goal g where g.id = i.goalId "
                    + "and i.engagementId = ?1 and i.alignmentMeetingId = ?2 and g.visibility = ?3 "
                    + "order by i.createdAt, i.id")
    List<Object[]> ofMeeting(Long engagementId, Long meetingId, GoalVisibility shared);

    default List<Object[]> ofMeeting(Long engagementId, Long meetingId) {
        return ofMeeting(engagementId, meetingId, GoalVisibility.SHARED);
    }
}
