package dev.triad.alignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface MeetingLeaderInputs extends JpaRepository<MeetingLeaderInput, Long> {

    @Query("select i from MeetingLeaderInput i join fetch i.leader join fetch i.recordedBy "
            + "where i.engagementId = ?1 and i.meetingId = ?2 order by i.recordedAt, i.id")
    List<MeetingLeaderInput> ofMeeting(Long engagementId, Long meetingId);
}
