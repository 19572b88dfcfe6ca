package dev.triad.calendar;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Books and frees the times of sessions and meetings. A booking first looks for what it would overlap (to name it),
 * then inserts; the table's exclusion constraints refuse an overlap that a concurrent request booked in between, so of
 * two requests for the same time exactly one wins. Call it inside the transaction that schedules the item: a refused
 * booking rolls the scheduling back with it.
 */
@Service
public class BookedTimes {

    /** PostgreSQL's exclusion_violation. */
    private static final String EXCLUSION_VIOLATION = "23P01";

    /**
     * PostgreSQL's deadlock_detected: two inserts overlapping each other can each wait on the other's row under an
     * exclusion constraint; PostgreSQL lets one go on and refuses the other, which lost the time like a violation.
     */
    private static final String DEADLOCK_DETECTED = "40P01";

    private static final String BUSY_COLUMNS =
            "item_kind, item_id, engagement_id, coach_id, client_id, lower(during) as starts, upper(during) as ends";

    private final JdbcTemplate jdbc;

    BookedTimes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Holds [{@code start}, {@code end}) for the item, for its coach and its client.
     *
     * @throws TimeTaken when the coach or the client is booked at an overlapping time by another item
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void book(
            BookedItem item, Long itemId, Long engagementId, Long coachId, Long clientId, Instant start, Instant end) {
        List<Busy> conflicts = busy(coachId, clientId, start, end).stream()
                .filter(busy -> !(busy.item() == item && busy.itemId().equals(itemId)))
                .filter(busy ->
                        busy.coachId().equals(coachId) || busy.clientId().equals(clientId))
                .toList();
        if (!conflicts.isEmpty()) {
            throw new TimeTaken(conflicts);
        }
        try {
            jdbc.update(
                    """
                    insert into booked_time (item_kind, item_id, engagement_id, coach_id, client_id, during)
                    values (?, ?, ?, ?, ?, tstzrange(?, ?))
                    on conflict (item_kind, item_id) do update
                        set during = excluded.during, coach_id = excluded.coach_id, client_id = excluded.client_id
                    """,
                    item.name(),
                    itemId,
                    engagementId,
                    coachId,
                    clientId,
                    Timestamp.from(start),
                    Timestamp.from(end));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql
                    && (EXCLUSION_VIOLATION.equals(sql.getSQLState()) || DEADLOCK_DETECTED.equals(sql.getSQLState()))) {
                throw new TimeTaken(List.of());
            }
            throw e;
        }
    }

    /** The item no longer holds its time (cancelled, moved away, its engagement closed); nothing if it held none. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void free(BookedItem item, Long itemId) {
        jdbc.update("delete from booked_time where item_kind = ? and item_id = ?", item.name(), itemId);
    }

    /**
     * What the coach or the client (either may be null) has booked overlapping [{@code from}, {@code to}), in order of
     * start: one query, whatever the span.
     */
    @Transactional(readOnly = true)
    public List<Busy> busy(Long coachId, Long clientId, Instant from, Instant to) {
        return jdbc.query(
                "select " + BUSY_COLUMNS + " from booked_time"
                        + " where (coach_id = ? or client_id = ?) and during && tstzrange(?, ?) order by lower(during)",
                (row, n) -> new Busy(
                        BookedItem.valueOf(row.getString("item_kind")),
                        row.getLong("item_id"),
                        row.getLong("engagement_id"),
                        row.getLong("coach_id"),
                        row.getLong("client_id"),
                        row.getTimestamp("starts").toInstant(),
                        row.getTimestamp("ends").toInstant()),
                coachId,
                clientId,
                Timestamp.from(from),
                Timestamp.from(to));
    }
}
