package dev.triad.alignment;

import dev.triad.engagement.Phase;
import dev.triad.engagement.Engagement;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.util.List;

/** The engagements a leader leads, read for the leader's home page section. */
interface LedEngagements extends Repository<Engagement, Long> {

    @Query("select e from Engagement e join fetch e.client left join fetch e.coach where e.leader.id = ?1 "
            + "order by case when e.phase = ?2 then 1 else 0 end, e.startsOn desc, e.id")
    List<Engagement> ledBy(Long leaderId, Phase closed, Pageable first);

    default List<Engagement> ledBy(Long leaderId, Pageable first) {
        return ledBy(leaderId, Phase.CLOSED, first);
    }
}
