package dev.triad.feedback;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface FeedbackRaters extends JpaRepository<FeedbackRater, Long> {

    @Query("select r from FeedbackRater r where r.requestId = ?1 order by r.group, lower(r.name), r.id")
    List<FeedbackRater> ofRequest(Long requestId);

    @Query("select r from FeedbackRater r where r.requestId in ?1")
    List<FeedbackRater> ofRequests(Collection<Long> requestIds);

    Optional<FeedbackRater> findByIdAndRequestId(Long id, Long requestId);

    /** Locks the rater, so that two submissions through the same (or another of their) links cannot both pass. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from FeedbackRater r where r.id = ?1")
    Optional<FeedbackRater> lockById(Long id);

    @Query("select exists (select 1 from FeedbackRater r where r.requestId = ?1 and lower(r.email) = lower(?2))")
    boolean emailTaken(Long requestId, String email);

    @Query("select r from FeedbackRater r where r.requestId = ?1 and r.group = ?2")
    Optional<FeedbackRater> selfOf(Long requestId, RaterGroup self);

    default Optional<FeedbackRater> selfOf(Long requestId) {
        return selfOf(requestId, RaterGroup.SELF);
    }
}
