package dev.triad.engagement;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface CoachChangeRequests extends JpaRepository<CoachChangeRequest, Long> {

    @Query("select r from CoachChangeRequest r where r.engagementId = ?1 and r.closedAt is null")
    Optional<CoachChangeRequest> openOf(Long engagementId);

    List<CoachChangeRequest> findByEngagementIdOrderByRequestedAtDesc(Long engagementId);

    List<CoachChangeRequest> findByClosedAtIsNullOrderByRequestedAt();

    /** Every open request, oldest first, with its client's name. */
    @Query("""
            select new dev.triad.engagement.Pending(e.id, r.id, cl.fullName)
            from CoachChangeRequest r, Engagement e join e.client cl
            where e.id = r.engagementId and r.closedAt is null
            order by r.requestedAt""")
    List<Pending> allOpen();
}
