package dev.triad.impact;

import dev.triad.engagement.Phase;
import dev.triad.impact.Figures.Attendance;
import dev.triad.impact.Figures.CheckIns;
import dev.triad.impact.Figures.CloseOut;
import dev.triad.impact.Figures.CoachLoad;
import dev.triad.impact.Figures.Coverage;
import dev.triad.impact.Figures.Goals;
import dev.triad.impact.Figures.Hours;
import dev.triad.impact.Figures.Impact;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Timing;
import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's figures, each one SQL statement grouped by programme, whatever the number of engagements or
 * programmes compared. Impact owns no table: it reads the views the owning modules publish (V36__published_reads.sql),
 * which carry no text anyone wrote. Reads facts and scores only: never a text anyone wrote (check-in answers, comments,
 * notes, reasons), and goals only by status.
 */
@Component
class ImpactQueries {

    private final EntityManager entityManager;

    ImpactQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Collection<Long> programmeIds) {
        return entityManager
                .createNativeQuery(sql)
                .setParameter("ids", programmeIds)
                .getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static Long id(Object value) {
        return ((Number) value).longValue();
    }

    /** Engagements per phase, per programme. */
    Map<Long, Map<Phase, Long>> phases(Collection<Long> ids) {
        Map<Long, Map<Phase, Long>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, e.phase, count(*) from engagement_fact e
                where e.programme_id in (:ids) group by e.programme_id, e.phase""", ids)) {
            result.computeIfAbsent(id(row[0]), k -> new EnumMap<>(Phase.class))
                    .put(Phase.valueOf((String) row[1]), count(row[2]));
        }
        return result;
    }

    /** Each coach of the programme: active and all engagements in it, active engagements anywhere, capacity. */
    Map<Long, List<CoachLoad>> coachLoad(Collection<Long> ids) {
        Map<Long, List<CoachLoad>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, u.full_name, count(*) filter (where e.phase <> 'CLOSED'), count(*),
                       (select count(*) from engagement_fact a where a.coach_id = u.id and a.phase <> 'CLOSED'), coalesce(cp.capacity, 0)
                from engagement_fact e join person_name u on u.id = e.coach_id left join coach_capacity cp on cp.user_id = u.id
                where e.programme_id in (:ids)
                group by e.programme_id, u.id, u.full_name, cp.capacity
                order by 3 desc, u.full_name""", ids)) {
            result.computeIfAbsent(id(row[0]), k -> new ArrayList<>())
                    .add(new CoachLoad(
                            (String) row[1], count(row[2]), count(row[3]), count(row[4]), (int) count(row[5])));
        }
        return result;
    }

    record Counted<T>(long engagements, T value) {}

    /** Settled sessions by outcome, and over how many engagements. */
    Map<Long, Counted<Attendance>> attendance(Collection<Long> ids) {
        Map<Long, Counted<Attendance>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(distinct s.engagement_id),
                       count(*) filter (where s.status = 'HELD'), count(*) filter (where s.status = 'CANCELLED'),
                       count(*) filter (where s.status = 'LATE_CANCELLED'), count(*) filter (where s.status = 'NO_SHOW')
                from session_status s join engagement_fact e on e.id = s.engagement_id
                where e.programme_id in (:ids) and s.status in ('HELD', 'CANCELLED', 'LATE_CANCELLED', 'NO_SHOW')
                group by e.programme_id""", ids)) {
            result.put(
                    id(row[0]),
                    new Counted<>(
                            count(row[1]), new Attendance(count(row[2]), count(row[3]), count(row[4]), count(row[5]))));
        }
        return result;
    }

    /** Hours contracted and used (from the ledger), over all the programme's engagements. */
    Map<Long, Counted<Hours>> hours(Collection<Long> ids) {
        Map<Long, Counted<Hours>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(*), coalesce(sum(e.contracted_hours), 0), coalesce(sum(u.used), 0)
                from engagement_fact e
                left join (select h.engagement_id, sum(h.hours) as used from hours_line h join engagement_fact x on x.id = h.engagement_id
                           where x.programme_id in (:ids) group by h.engagement_id) u on u.engagement_id = e.id
                where e.programme_id in (:ids)
                group by e.programme_id""", ids)) {
            result.put(id(row[0]), new Counted<>(count(row[1]), new Hours(decimal(row[2]), decimal(row[3]))));
        }
        return result;
    }

    /** Goals past draft by status (no statement, no measure: progress in aggregate only). */
    Map<Long, Counted<Goals>> goals(Collection<Long> ids) {
        Map<Long, Counted<Goals>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(distinct g.engagement_id), count(*) filter (where g.status = 'ACHIEVED'),
                       count(*) filter (where g.status = 'ACTIVE'), count(*) filter (where g.status = 'DROPPED')
                from goal_status g join engagement_fact e on e.id = g.engagement_id
                where e.programme_id in (:ids) and g.status <> 'DRAFT'
                group by e.programme_id""", ids)) {
            result.put(
                    id(row[0]), new Counted<>(count(row[1]), new Goals(count(row[2]), count(row[3]), count(row[4]))));
        }
        return result;
    }

    /** Answered check-ins: scores only, never what the client wrote. */
    Map<Long, Counted<CheckIns>> checkIns(Collection<Long> ids) {
        Map<Long, Counted<CheckIns>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(distinct c.engagement_id), count(*), avg(c.fit), count(*) filter (where c.fit <= 2),
                       count(*) filter (where c.fit = 1), count(*) filter (where c.fit = 2), count(*) filter (where c.fit = 3),
                       count(*) filter (where c.fit = 4), count(*) filter (where c.fit = 5)
                from check_in_score c join engagement_fact e on e.id = c.engagement_id
                where e.programme_id in (:ids) and c.answered_at is not null
                group by e.programme_id""", ids)) {
            result.put(
                    id(row[0]),
                    new Counted<>(
                            count(row[1]),
                            new CheckIns(
                                    count(row[2]),
                                    decimal(row[3]),
                                    count(row[4]),
                                    List.of(
                                            count(row[5]),
                                            count(row[6]),
                                            count(row[7]),
                                            count(row[8]),
                                            count(row[9])))));
        }
        return result;
    }

    /** Close-out answers: the scales only, never the comments; and how many surveys were sent. */
    Map<Long, Counted<CloseOut>> closeOut(Collection<Long> ids) {
        Map<Long, Counted<CloseOut>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(distinct a.engagement_id), count(*),
                       (select count(*) from close_out_sent s2 join engagement_fact e2 on e2.id = s2.engagement_id where e2.programme_id = e.programme_id),
                       avg(a.satisfaction), avg(a.goals_achieved), avg(a.behaviour_change), avg(a.would_recommend),
                       count(*) filter (where a.would_recommend >= 9), count(*) filter (where a.would_recommend <= 6)
                from close_out_score a join engagement_fact e on e.id = a.engagement_id
                where e.programme_id in (:ids)
                group by e.programme_id""", ids)) {
            result.put(
                    id(row[0]),
                    new Counted<>(
                            count(row[1]),
                            new CloseOut(
                                    count(row[2]),
                                    count(row[3]),
                                    decimal(row[4]),
                                    decimal(row[5]),
                                    decimal(row[6]),
                                    decimal(row[7]),
                                    count(row[8]),
                                    count(row[9]))));
        }
        return result;
    }

    /** Per measure name and unit: the engagements with both values, and the averages before and after. */
    Map<Long, List<Counted<Impact>>> impact(Collection<Long> ids) {
        Map<Long, List<Counted<Impact>>> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, min(m.name), m.unit, count(distinct m.engagement_id), avg(m.before_value), avg(m.after_value)
                from impact_measure_value m join engagement_fact e on e.id = m.engagement_id
                where e.programme_id in (:ids) and m.after_value is not null
                group by e.programme_id, lower(m.name), m.unit
                order by 4 desc, 2""", ids)) {
            result.computeIfAbsent(id(row[0]), k -> new ArrayList<>())
                    .add(new Counted<>(
                            count(row[3]),
                            new Impact((String) row[1], (String) row[2], decimal(row[4]), decimal(row[5]))));
        }
        return result;
    }

    /** How many engagements have at least one impact measure, of all. */
    Map<Long, Coverage> coverage(Collection<Long> ids) {
        Map<Long, Coverage> result = new HashMap<>();
        for (Object[] row : rows("""
                select e.programme_id, count(*) filter (where exists (select 1 from impact_measure_value m where m.engagement_id = e.id)), count(*)
                from engagement_fact e where e.programme_id in (:ids) group by e.programme_id""", ids)) {
            result.put(id(row[0]), new Coverage(count(row[1]), count(row[2])));
        }
        return result;
    }

    /** The programme's engagements with their facts and HR's flags, in one statement. */
    List<EngagementFacts> engagements(Long programmeId) {
        List<EngagementFacts> facts = new ArrayList<>();
        for (Object[] row : rows("""
                select e.id, cl.full_name, ld.full_name, co.full_name, e.phase, e.coaching_type, e.timing, e.starts_on, e.planned_end_on,
                       e.contracted_hours, coalesce((select sum(h.hours) from hours_line h where h.engagement_id = e.id), 0),
                       (select count(*) from session_status s where s.engagement_id = e.id and s.status = 'HELD'),
                       (select count(*) from session_status s where s.engagement_id = e.id and s.status = 'CANCELLED'),
                       (select count(*) from session_status s where s.engagement_id = e.id and s.status = 'LATE_CANCELLED'),
                       (select count(*) from session_status s where s.engagement_id = e.id and s.status = 'NO_SHOW'),
                       (select count(*) from impact_measure_value m where m.engagement_id = e.id),
                       coalesce((select c.fit <= 2 from check_in_score c where c.engagement_id = e.id and c.answered_at is not null
                                 order by c.after_sessions desc limit 1), false),
                       exists (select 1 from coach_change_open r where r.engagement_id = e.id and r.closed_at is null)
                from engagement_fact e join person_name cl on cl.id = e.client_id join person_name ld on ld.id = e.leader_id
                left join person_name co on co.id = e.coach_id
                where e.programme_id in (:ids)
                order by cl.full_name, e.id""", List.of(programmeId))) {
            facts.add(new EngagementFacts(
                    id(row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    Phase.valueOf((String) row[4]),
                    CoachingType.valueOf((String) row[5]),
                    Timing.valueOf((String) row[6]),
                    date(row[7]),
                    date(row[8]),
                    decimal(row[9]),
                    decimal(row[10]),
                    count(row[11]),
                    count(row[12]),
                    count(row[13]),
                    count(row[14]),
                    count(row[15]),
                    (Boolean) row[16],
                    (Boolean) row[17]));
        }
        return facts;
    }
}
