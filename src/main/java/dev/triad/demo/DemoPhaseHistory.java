package dev.triad.demo;

import dev.triad.engagement.Phase;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Function;

/**
 * The phase moves that brought a demo engagement to its phase, each made by its coach, as the timeline, the evaluation
 * and the retention page read them (a closed engagement closed as completed).
 */
final class DemoPhaseHistory {

    private DemoPhaseHistory() {}

    static void record(
            JdbcTemplate jdbc, Long engagementId, Long coachId, Phase reached, Function<Phase, Instant> movedAt) {
        Phase[] phases = Phase.values();
        for (int to = 1; to <= reached.ordinal(); to++) {
            move(jdbc, engagementId, phases[to - 1], phases[to], null, movedAt.apply(phases[to]), coachId);
        }
    }

    /** One move by the coach, with its reason if any; a move to closed closes the engagement as completed. */
    static void move(
            JdbcTemplate jdbc, Long engagementId, Phase from, Phase to, String reason, Instant at, Long coachId) {
        jdbc.update(
                "insert into phase_change (engagement_id, from_phase, to_phase, closure, reason, moved_by_id, moved_by_role, moved_at) "
                        + "values (?, ?, ?, ?, ?, ?, 'COACH', ?)",
                engagementId,
                from.name(),
                to.name(),
                to == Phase.CLOSED ? "COMPLETED" : null,
                reason,
                coachId,
                Timestamp.from(at));
        // The demo's moves lie in the past but its engagements are created now: the engagement was opened a day
        // before its first move, so that the timeline starts with the opening.
        Timestamp openedBy = Timestamp.from(at.minus(java.time.Duration.ofDays(1)));
        jdbc.update(
                "update engagement set created_at = ? where id = ? and created_at > ?",
                openedBy,
                engagementId,
                openedBy);
    }
}
