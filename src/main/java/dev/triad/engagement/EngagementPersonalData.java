package dev.triad.engagement;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engagement's own part of data rights: its facts (what every participant sees on the overview and the hours page)
 * for the client's export; for erasure, the texts people wrote on it (phase-move and coach-change reasons, hours
 * adjustment notes). Dates, phases, hours and the coach history stay: the dashboards count them. The focus goes with
 * {@link Engagement#markErased}.
 */
// The export's files come in this order (README.txt lists them so).
@Order(1)
@Component
class EngagementPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    EngagementPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("engagements", PersonalRows.of(jdbc, """
                select e.id, p.name as programme, e.coaching_type, e.timing, e.phase, e.focus, e.contracted_hours, e.starts_on,
                       e.planned_end_on, e.created_at, e.erased_on, co.full_name as coach, ld.full_name as leader
                from engagement e join programme_name p on p.id = e.programme_id join person_name ld on ld.id = e.leader_id
                left join person_name co on co.id = e.coach_id
                where e.id in (:ids) order by e.starts_on, e.id""", ids));
        content.put("hoursLedger", PersonalRows.of(jdbc, """
                select h.engagement_id, h.kind, h.hours, h.note, h.recorded_at
                from hours_entry h where h.engagement_id in (:ids) order by h.engagement_id, h.recorded_at, h.id""", ids));
        content.put("phaseHistory", PersonalRows.of(jdbc, """
                select c.engagement_id, c.from_phase, c.to_phase, c.closure, c.reason, c.skipped, c.moved_by_role, c.moved_at
                from phase_change c where c.engagement_id in (:ids) order by c.engagement_id, c.moved_at, c.id""", ids));
        content.put("coachAssignments", PersonalRows.of(jdbc, """
                select a.engagement_id, u.full_name as coach, a.assigned_at, a.ended_at, a.reason
                from coach_assignment a join person_name u on u.id = a.coach_id
                where a.engagement_id in (:ids) order by a.engagement_id, a.assigned_at, a.id""", ids));
        out.json(
                "engagements.json",
                "Your engagements: programme, coach, leader, coaching type, phase, dates and contracted hours; "
                        + "the hours ledger (held sessions, cancellations, adjustments), the phase history and the coach assignments.",
                content);
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId);
        // A terminated close and a skipped phase must keep some reason (a check in V10): it becomes the erased marker.
        jdbc.update(
                "update phase_change set reason = case when closure = 'TERMINATED' or skipped is not null then :erased end "
                        + "where engagement_id = :id and reason is not null",
                Map.of("id", engagementId, "erased", ERASED));
        jdbc.update("update coach_assignment set reason = null where engagement_id = :id", id);
        jdbc.update("update hours_entry set note = null where engagement_id = :id and kind = 'ADJUSTMENT'", id);
    }
}
