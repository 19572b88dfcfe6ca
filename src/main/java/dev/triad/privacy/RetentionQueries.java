package dev.triad.privacy;

import dev.triad.privacy.Retention.ClosedEngagement;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The retention page's facts, each list one statement. An engagement closed when its latest move to closed was made
 * (the phase history); one closed without a recorded move (imported, or closed before the history was kept) counts as
 * closed on its planned end date. Reads no content.
 */
@Component
class RetentionQueries {

    private static final String SELECT = """
            select e.id, cl.full_name as client, p.name as programme, co.full_name as coach, e.erased_on, e.phase,
                   e.planned_end_on, pc.moved_at, pc.closure,
                   case when e.phase = 'CLOSED' then coalesce(pc.moved_at, cast(e.planned_end_on as timestamptz)) end as closed_at
            from engagement e join person_name cl on cl.id = e.client_id join programme_name p on p.id = e.programme_id
            left join person_name co on co.id = e.coach_id
            left join lateral (select c.moved_at, c.closure from phase_change c where c.engagement_id = e.id and c.to_phase = 'CLOSED'
                               order by c.moved_at desc, c.id desc limit 1) pc on true
            """;
    /** For counting: the engagement and its latest move to closed only (HR's home page asks on every visit). */
    private static final String COUNT_FROM = """
            select count(*) from engagement e
            left join lateral (select c.moved_at from phase_change c where c.engagement_id = e.id and c.to_phase = 'CLOSED'
                               order by c.moved_at desc, c.id desc limit 1) pc on true
            """;

    private static final String CLOSED_AT = "coalesce(pc.moved_at, cast(e.planned_end_on as timestamptz))";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final RetentionProperties properties;

    RetentionQueries(NamedParameterJdbcTemplate jdbc, Clock clock, RetentionProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Closed, not erased, closed before {@code cutoff}: the oldest first. */
    List<ClosedEngagement> due(Instant cutoff, int limit) {
        return jdbc.query(
                SELECT + "where e.phase = 'CLOSED' and e.erased_on is null and " + CLOSED_AT + " < :cutoff "
                        + "order by closed_at, e.id limit :limit",
                Map.of("cutoff", Timestamp.from(cutoff), "limit", limit),
                (rs, n) -> row(rs));
    }

    long dueCount(Instant cutoff) {
        return count("where e.phase = 'CLOSED' and e.erased_on is null and " + CLOSED_AT + " < :cutoff", cutoff);
    }

    /** Closed, not erased, still within retention. */
    long waitingCount(Instant cutoff) {
        return count("where e.phase = 'CLOSED' and e.erased_on is null and " + CLOSED_AT + " >= :cutoff", cutoff);
    }

    /** When the first engagement still within retention closed. */
    Optional<ClosedEngagement> nextClosedAfter(Instant cutoff) {
        return jdbc
                .query(
                        SELECT + "where e.phase = 'CLOSED' and e.erased_on is null and " + CLOSED_AT + " >= :cutoff "
                                + "order by closed_at, e.id limit 1",
                        Map.of("cutoff", Timestamp.from(cutoff)),
                        (rs, n) -> row(rs))
                .stream()
                .findFirst();
    }

    /** Engagements erased, the latest first. */
    List<ClosedEngagement> erased(int limit) {
        return jdbc.query(
                SELECT + "where e.erased_on is not null order by e.erased_on desc, e.id desc limit :limit",
                Map.of("limit", limit),
                (rs, n) -> row(rs));
    }

    /** Any engagement, closed or not (then closedAt is null). */
    Optional<ClosedEngagement> one(Long engagementId) {
        return jdbc.query(SELECT + "where e.id = :id", Map.of("id", engagementId), (rs, n) -> row(rs)).stream()
                .findFirst();
    }

    private long count(String where, Instant cutoff) {
        Long count = jdbc.queryForObject(COUNT_FROM + where, Map.of("cutoff", Timestamp.from(cutoff)), Long.class);
        return count == null ? 0 : count;
    }

    private ClosedEngagement row(ResultSet rs) throws SQLException {
        boolean closed = "CLOSED".equals(rs.getString("phase"));
        Timestamp movedAt = rs.getTimestamp("moved_at");
        Date plannedEnd = rs.getDate("planned_end_on");
        Date erasedOn = rs.getDate("erased_on");
        Instant closedAt = !closed
                ? null
                : movedAt != null
                        ? movedAt.toInstant()
                        : rs.getTimestamp("closed_at").toInstant();
        LocalDate closedOn = !closed
                ? null
                : movedAt != null
                        ? movedAt.toInstant().atZone(clock.getZone()).toLocalDate()
                        : plannedEnd.toLocalDate();
        String closure = rs.getString("closure");
        return new ClosedEngagement(
                rs.getLong("id"),
                rs.getString("client"),
                rs.getString("programme"),
                rs.getString("coach"),
                !closed
                        ? null
                        : closure == null ? "Closed" : closure.equals("TERMINATED") ? "Ended early" : "Completed",
                closedAt,
                closedOn,
                closedOn == null ? null : closedOn.plus(properties.period()),
                erasedOn == null ? null : erasedOn.toLocalDate());
    }
}
