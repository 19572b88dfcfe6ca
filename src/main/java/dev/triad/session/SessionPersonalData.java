package dev.triad.session;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Coaching sessions in data rights. The export holds what the client sees of each session: time, format, outcome, the
 * client's agenda, the summary the coach shares and the commitments made; never the coach's private notes, which
 * nobody but the coach may read. Erasure keeps each session's time, length, format and outcome (attendance and the
 * hours ledger count them) and removes the texts: agenda, summary, place, outcome note and the private notes.
 */
// The export's files come in this order (README.txt lists them so).
@Order(4)
@Component
class SessionPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    SessionPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("sessions", PersonalRows.of(jdbc, """
                select s.id, s.engagement_id, s.starts_at, s.minutes, s.format, s.location, s.status, s.agenda, s.agenda_updated_at,
                       s.summary, s.summary_updated_at, s.outcome_by_role, s.outcome_at, s.outcome_note, s.created_at
                from coaching_session s where s.engagement_id in (:ids) order by s.engagement_id, s.starts_at, s.id""", ids));
        // Commitments become action steps (goal module); the session lists them by their words, as its page does.
        content.put("commitments", PersonalRows.of(jdbc, """
                select a.session_id, a.description, a.due_on, a.status
                from action_step a where a.engagement_id in (:ids) and a.session_id is not null
                order by a.session_id, a.id""", ids));
        out.json(
                "sessions.json",
                "Your coaching sessions: when, format, outcome, your agenda, the summary your coach shared "
                        + "and the commitments made (sessionId links them). Your coach's private notes are not yours and are not included.",
                content);
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId);
        jdbc.update(
                "delete from session_private_note where session_id in (select s.id from coaching_session s where s.engagement_id = :id)",
                id);
        jdbc.update(
                "update coaching_session set agenda = null, agenda_updated_at = null, summary = null, summary_updated_at = null, "
                        + "location = null, outcome_note = null where engagement_id = :id",
                id);
    }
}
