package dev.triad.alignment;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The three-way side in data rights. The client sees all of it: the intake interview, the alignment meetings with their
 * checklists, the leader's input and every outcome version with its confirmations, the progress reports they wrote and
 * their leader's feedback. Erasure keeps the meetings (kind, time, status), the outcome versions' numbers and
 * confirmations (who confirmed when) and the reports' dates and statuses, and removes every text: the intake interview,
 * the client's objectives, checklist notes, the leader's words, agreed goals and measures, report texts and feedback.
 */
// The export's files come in this order (README.txt lists them so).
@Order(6)
@Component
class AlignmentPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    AlignmentPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds());
        Map<String, Object> alignment = new LinkedHashMap<>();
        alignment.put("intakeInterviews", PersonalRows.of(jdbc, """
                select i.engagement_id, i.what_prompted, i.sponsor_reasons, i.client_background, u.full_name as written_by, i.updated_at
                from intake_interview i join person_name u on u.id = i.written_by_id
                where i.engagement_id in (:ids) order by i.engagement_id""", ids));
        alignment.put("meetings", PersonalRows.of(jdbc, """
                select m.id, m.engagement_id, m.kind, m.starts_at, m.minutes, m.location, m.status, m.client_objectives, m.held_at,
                       m.change_reason, m.changed_at
                from alignment_meeting m where m.engagement_id in (:ids) order by m.engagement_id, m.starts_at, m.id""", ids));
        alignment.put("checklist", PersonalRows.of(jdbc, """
                select a.meeting_id, a.topic, a.covered, a.notes, a.updated_at
                from alignment_agenda_item a where a.engagement_id in (:ids) order by a.meeting_id, a.position""", ids));
        alignment.put("leaderInput", PersonalRows.of(jdbc, """
                select l.meeting_id, l.topic, l.question, l.text, u.full_name as leader, l.recorded_at
                from alignment_leader_input l join person_name u on u.id = l.leader_id
                where l.engagement_id in (:ids) order by l.meeting_id, l.recorded_at, l.id""", ids));
        alignment.put("outcomes", PersonalRows.of(jdbc, """
                select o.id, o.meeting_id, o.number as version, o.agreed_goals, o.agreed_measures, o.report_cadence, o.written_at,
                       o.superseded_at
                from alignment_outcome o where o.engagement_id in (:ids) order by o.meeting_id, o.number""", ids));
        alignment.put("confirmations", PersonalRows.of(jdbc, """
                select c.outcome_id, c.participation, c.user_name, c.confirmed_at
                from alignment_confirmation c join alignment_outcome o on o.id = c.outcome_id
                where o.engagement_id in (:ids) order by c.outcome_id, c.confirmed_at""", ids));
        out.json(
                "alignment.json",
                "The intake interview; your three-way alignment meetings with their checklists (notes per "
                        + "item), your objectives, your leader's input, and each version of the outcome (agreed goals and measures) with "
                        + "who confirmed it (meetingId and outcomeId link them).",
                alignment);

        Map<String, Object> reports = new LinkedHashMap<>();
        reports.put("progressReports", PersonalRows.of(jdbc, """
                select r.id, r.engagement_id, r.committed, r.done, r.observed, r.next_steps, r.status, r.created_at, r.sent_at,
                       r.read_at
                from progress_report r where r.engagement_id in (:ids) order by r.engagement_id, r.created_at, r.id""", ids));
        reports.put("leaderFeedback", PersonalRows.of(jdbc, """
                select f.engagement_id, f.goal_id, u.full_name as leader, f.text, f.created_at
                from leader_feedback f join person_name u on u.id = f.author_id
                where f.engagement_id in (:ids) order by f.engagement_id, f.created_at, f.id""", ids));
        out.json(
                "progress-reports.json",
                "The progress reports you wrote to your leader (drafts included) and your leader's "
                        + "feedback to you.",
                reports);
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId, "erased", ERASED);
        jdbc.update("delete from intake_interview where engagement_id = :id", id);
        jdbc.update("delete from alignment_leader_input where engagement_id = :id", id);
        jdbc.update("delete from leader_feedback where engagement_id = :id", id);
        jdbc.update("update alignment_agenda_item set notes = null where engagement_id = :id", id);
        jdbc.update(
                "update alignment_meeting set client_objectives = null, location = null, change_reason = null where engagement_id = :id",
                id);
        jdbc.update(
                "update alignment_outcome set agreed_goals = :erased, agreed_measures = :erased where engagement_id = :id",
                id);
        jdbc.update(
                "update progress_report set committed = null, done = null, observed = null, next_steps = null where engagement_id = :id",
                id);
    }
}
