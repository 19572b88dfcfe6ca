package dev.triad.reflection;

import dev.triad.engagement.Phase;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface Reflections extends JpaRepository<Reflection, Long> {

    List<Reflection> findByEngagementIdOrderByWeekOfDesc(Long engagementId);

    List<Reflection> findByEngagementIdAndSharedWithCoachTrueOrderByWeekOfDesc(Long engagementId);

    /** Only within the engagement named in the address: another engagement's entry is not found. */
    Optional<Reflection> findByIdAndEngagementId(Long id, Long engagementId);

    Optional<Reflection> findByEngagementIdAndWeekOf(Long engagementId, LocalDate weekOf);

    /** The client's active engagements, begun by {@code week}'s end, without an entry for {@code week}: one statement. */
    @Query("""
            select new dev.triad.reflection.MissingReflection(e.id, e.client.id, c.fullName, p.name)
            from Engagement e left join e.coach c join e.programme p
            where e.client.id = :clientId
              and e.phase <> :closed
              and e.startsOn < :nextWeek
              and not exists (select r.id from Reflection r where r.engagementId = e.id and r.weekOf = :week)
            order by e.startsOn desc, e.id""")
    List<MissingReflection> missingFor(Long clientId, LocalDate week, LocalDate nextWeek, Phase closed);

    default List<MissingReflection> missingFor(Long clientId, LocalDate week, LocalDate nextWeek) {
        return missingFor(clientId, week, nextWeek, Phase.CLOSED);
    }

    /** The same for every client at once, for the weekly prompt: one statement. */
    @Query("""
            select new dev.triad.reflection.MissingReflection(e.id, e.client.id, c.fullName, p.name)
            from Engagement e left join e.coach c join e.programme p
            where e.phase <> :closed
              and e.startsOn < :nextWeek
              and not exists (select r.id from Reflection r where r.engagementId = e.id and r.weekOf = :week)
            order by e.id""")
    List<MissingReflection> missingForEveryone(LocalDate week, LocalDate nextWeek, Phase closed);

    default List<MissingReflection> missingForEveryone(LocalDate week, LocalDate nextWeek) {
        return missingForEveryone(week, nextWeek, Phase.CLOSED);
    }
}
