package dev.triad.goal;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Goals and action steps in data rights. The client sees every goal, check-in, leader input, step and note of their
 * engagements, so all of it is exported. Erasure keeps each goal's status, category and metric numbers (HR's goal
 * progress in aggregate) and each step's status and dates, and removes every text: statements and success measures
 * become {@link PersonalData#ERASED}, check-in comments go, the leader's input and the step notes are deleted.
 */
// The export's files come in this order (README.txt lists them so).
@Order(2)
@Component
class GoalPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    GoalPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds());
        Map<String, Object> goals = new LinkedHashMap<>();
        goals.put("goals", PersonalRows.of(jdbc, """
                select g.id, g.engagement_id, g.statement, g.success_measure, g.category, g.metric_unit, g.metric_baseline,
                       g.metric_target, g.status, g.visibility, u.full_name as created_by, g.created_at, g.updated_at
                from goal g join person_name u on u.id = g.created_by_id
                where g.engagement_id in (:ids) order by g.engagement_id, g.id""", ids));
        goals.put("checkIns", PersonalRows.of(jdbc, """
                select c.goal_id, c.measured_on, c.value, c.comment, u.full_name as recorded_by, c.recorded_at
                from goal_check_in c join person_name u on u.id = c.recorded_by_id
                where c.engagement_id in (:ids) order by c.goal_id, c.measured_on, c.id""", ids));
        goals.put("leaderInput", PersonalRows.of(jdbc, """
                select i.goal_id, u.full_name as leader, i.text, i.created_at
                from goal_leader_input i join person_name u on u.id = i.author_id
                where i.engagement_id in (:ids) order by i.goal_id, i.created_at, i.id""", ids));
        out.json(
                "goals.json",
                "Your goals (statement, what success looks like, metric, status, who sees it), their metric "
                        + "check-ins and your leader's input on shared goals (goalId links them to a goal).",
                goals);

        Map<String, Object> steps = new LinkedHashMap<>();
        steps.put("actionSteps", PersonalRows.of(jdbc, """
                select s.id, s.engagement_id, s.goal_id, s.session_id, s.description, s.due_on, s.status, s.completed_at,
                       s.created_at
                from action_step s where s.engagement_id in (:ids) order by s.engagement_id, s.due_on, s.id""", ids));
        steps.put("notes", PersonalRows.of(jdbc, """
                select n.step_id, u.full_name as author, n.text, n.created_at
                from action_step_note n join person_name u on u.id = n.author_id
                where n.engagement_id in (:ids) order by n.step_id, n.created_at, n.id""", ids));
        out.json(
                "action-steps.json",
                "Your action steps (your fieldwork, with the goal or session they came from) and your "
                        + "progress notes on them (stepId links a note to its step).",
                steps);
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId, "erased", ERASED);
        jdbc.update("delete from goal_leader_input where engagement_id = :id", id);
        jdbc.update("delete from action_step_note where engagement_id = :id", id);
        jdbc.update("update goal_check_in set comment = null where engagement_id = :id", id);
        jdbc.update("update action_step set description = :erased where engagement_id = :id", id);
        jdbc.update(
                "update goal set statement = :erased, success_measure = :erased, metric_unit = case when metric_unit is null "
                        + "then null else '–' end where engagement_id = :id",
                id);
    }
}
