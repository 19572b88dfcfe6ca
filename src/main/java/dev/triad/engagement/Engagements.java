package dev.triad.engagement;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface Engagements extends JpaRepository<Engagement, Long>, JpaSpecificationExecutor<Engagement> {

    /** A page of engagements with the people and programme a list shows, in one statement (plus the count). */
    @Override
    @EntityGraph(attributePaths = {"client", "leader", "coach", "programme"})
    Page<Engagement> findAll(Specification<Engagement> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"client", "leader", "coach", "programme"})
    @Query("select e from Engagement e where e.id = ?1")
    Optional<Engagement> findWithPeople(Long id);

    @EntityGraph(attributePaths = {"client", "leader", "coach", "programme"})
    @Query("select e from Engagement e where e.id in ?1")
    List<Engagement> findAllWithPeople(java.util.Collection<Long> ids);

    /** The engagements in which this person is the client, oldest first (a client's data export). */
    @Query("select e.id from Engagement e where e.client.id = ?1 order by e.startsOn, e.id")
    List<Long> idsWithClient(Long clientId);

    /** The engagement, locked until the transaction ends (erasing its personal content). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Engagement e where e.id = ?1")
    Optional<Engagement> lockById(Long id);

    /** The engagements a leader leads, active ones first, then by start (newest first): the leader's home page section. */
    @Query("select e from Engagement e join fetch e.client left join fetch e.coach where e.leader.id = ?1 "
            + "order by case when e.phase = ?2 then 1 else 0 end, e.startsOn desc, e.id")
    List<Engagement> ledBy(Long leaderId, Phase closed, Pageable first);

    default List<Engagement> ledBy(Long leaderId, Pageable first) {
        return ledBy(leaderId, Phase.CLOSED, first);
    }

    /** The engagements this person takes part in (as client, coach or leader), with the three people, in one statement. */
    @Query("select e from Engagement e join fetch e.client join fetch e.leader left join fetch e.coach "
            + "where e.client.id = ?1 or e.leader.id = ?1 or e.coach.id = ?1 order by e.id")
    List<Engagement> withParticipant(Long userId);

    /** Every engagement's people (no coach yet: null), programme and phase, in one statement: the access review. */
    @Query(
            "select new dev.triad.engagement.EngagementPeople(e.id, p.name, e.phase, cl.id, co.id, le.id) "
                    + "from Engagement e join e.programme p join e.client cl join e.leader le left join e.coach co order by e.id")
    List<EngagementPeople> everyonesParts();

    /** Active engagements per coach: the load the roster shows. */
    @Query("select e.coach.id, count(e) from Engagement e where e.coach is not null "
            + "and e.phase <> ?1 group by e.coach.id")
    List<Object[]> activeLoadPerCoach(Phase closed);

    default List<Object[]> activeLoadPerCoach() {
        return activeLoadPerCoach(Phase.CLOSED);
    }
}
