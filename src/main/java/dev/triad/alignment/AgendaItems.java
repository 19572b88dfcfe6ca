package dev.triad.alignment;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface AgendaItems extends JpaRepository<AgendaItem, Long> {

    @Query("select i from AgendaItem i where i.engagementId = ?1 and i.meetingId = ?2 order by i.position")
    List<AgendaItem> ofMeeting(Long engagementId, Long meetingId);
}
