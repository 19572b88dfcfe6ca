package dev.triad.reflection;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The weekly reflection journal in data rights: the client's own entries, all exported; erasure deletes them (no aggregate counts them). */
// The export's files come in this order (README.txt lists them so).
@Order(3)
@Component
class ReflectionPersonalData implements PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    ReflectionPersonalData(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        out.json(
                "reflections.json",
                "Your weekly reflection journal: one entry per week, with whether you shared it with your coach.",
                Map.of("reflections", PersonalRows.of(jdbc, """
                        select r.engagement_id, r.week_of, r.action_plan_review, r.goals_and_progress, r.next_session_agenda,
                               r.shared_with_coach, r.created_at, r.updated_at
                        from weekly_reflection r where r.engagement_id in (:ids) order by r.engagement_id, r.week_of""", Map.of("ids", scope.engagementIds()))));
    }

    @Override
    public void erase(Long engagementId) {
        jdbc.update("delete from weekly_reflection where engagement_id = :id", Map.of("id", engagementId));
    }
}
