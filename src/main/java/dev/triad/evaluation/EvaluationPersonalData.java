package dev.triad.evaluation;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Evaluation in data rights. The export holds what the client gave or may read: their partnership check-in answers,
 * their own close-out answers (never the leader's), referrals (coach and client only), their requests for another coach
 * and the impact measures. Never the coach's coachability ratings. Erasure keeps every score (check-in fit, close-out
 * scales, impact values: the dashboards and coach matching count them) and removes the texts: check-in and close-out
 * comments, coachability notes and referrals (deleted), and the reasons given for another coach.
 */
// The export's files come in this order (README.txt lists them so).
@Order(7)
@Component
class EvaluationPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    EvaluationPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds(), "client", scope.clientId());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("checkIns", PersonalRows.of(jdbc, """
                select c.engagement_id, c.after_sessions, c.due_at, c.answered_at, c.fit, c.what_should_change
                from partnership_check_in c where c.engagement_id in (:ids) and c.answered_at is not null
                order by c.engagement_id, c.after_sessions""", ids));
        content.put("closeOutAnswers", PersonalRows.of(jdbc, """
                select a.engagement_id, a.satisfaction, a.goals_achieved, a.behaviour_change, a.would_recommend, a.comments, a.answered_at
                from close_out_answer a join close_out_survey s on s.id = a.survey_id
                where a.engagement_id in (:ids) and s.respondent_id = :client and s.respondent_role = 'CLIENT'
                order by a.engagement_id""", ids));
        content.put("referrals", PersonalRows.of(jdbc, """
                select r.engagement_id, r.kind, r.note, u.full_name as recorded_by, r.recorded_at
                from referral r join person_name u on u.id = r.recorded_by_id
                where r.engagement_id in (:ids) order by r.engagement_id, r.recorded_at, r.id""", ids));
        content.put("coachChangeRequests", PersonalRows.of(jdbc, """
                select r.engagement_id, co.full_name as coach, r.reason, r.requested_at, r.closed_at, nc.full_name as new_coach
                from coach_change_request r join person_name co on co.id = r.coach_id left join person_name nc on nc.id = r.new_coach_id
                where r.engagement_id in (:ids) and r.requested_by_id = :client order by r.engagement_id, r.requested_at""", ids));
        content.put("impactMeasures", PersonalRows.of(jdbc, """
                select m.engagement_id, m.name, m.unit, m.before_value, m.after_value, m.updated_at
                from impact_measure m where m.engagement_id in (:ids) order by m.engagement_id, m.id""", ids));
        out.json(
                "evaluation.json",
                "Your answers to partnership check-ins and to the close-out survey, referrals your coach "
                        + "recorded, your requests for another coach, and the engagement's impact measures before and after.",
                content);
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId, "erased", PersonalData.ERASED);
        jdbc.update("delete from coachability_rating where engagement_id = :id", id);
        jdbc.update("delete from referral where engagement_id = :id", id);
        jdbc.update("update partnership_check_in set what_should_change = null where engagement_id = :id", id);
        jdbc.update("update close_out_answer set comments = null where engagement_id = :id", id);
        jdbc.update("update coach_change_request set reason = :erased where engagement_id = :id", id);
    }
}
