package dev.triad.booking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Time;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The coaches' availability, read in one statement (settings, weekly hours and exceptions together) so that a free-slot
 * search costs one query for it, whatever the coach published.
 */
@Repository
class Availabilities {

    private final JdbcTemplate jdbc;

    Availabilities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@code coachId} published, or {@link Availability#NONE}. */
    Availability of(Long coachId) {
        Availability[] settings = {null};
        List<WeeklyHours> hours = new ArrayList<>();
        List<Unavailable> exceptions = new ArrayList<>();
        jdbc.query(
                """
                select 'S' as part, null::bigint as id, a.notice_hours as n1, a.buffer_minutes as n2, a.max_per_day as n3,
                       null::timestamp as t1, null::timestamp as t2, null::varchar as note
                  from coach_availability a where a.coach_id = ?
                union all
                select 'H', h.id, h.day_of_week, null, null, current_date + h.starts, current_date + h.ends, null
                  from availability_hours h where h.coach_id = ?
                union all
                select 'E', x.id, null, null, null, x.starts, x.ends, x.note
                  from availability_exception x where x.coach_id = ?
                order by 1, 6, 2
                """,
                row -> {
                    switch (row.getString("part")) {
                        case "S" ->
                            settings[0] = new Availability(
                                    true,
                                    row.getInt("n1"),
                                    row.getInt("n2"),
                                    (Integer) row.getObject("n3"),
                                    List.of(),
                                    List.of());
                        case "H" ->
                            hours.add(new WeeklyHours(
                                    DayOfWeek.of(row.getInt("n1")),
                                    row.getTimestamp("t1").toLocalDateTime().toLocalTime(),
                                    row.getTimestamp("t2").toLocalDateTime().toLocalTime()));
                        default ->
                            exceptions.add(new Unavailable(
                                    row.getLong("id"),
                                    row.getTimestamp("t1").toLocalDateTime(),
                                    row.getTimestamp("t2").toLocalDateTime(),
                                    row.getString("note")));
                    }
                },
                coachId,
                coachId,
                coachId);
        if (settings[0] == null) {
            return Availability.NONE;
        }
        Availability s = settings[0];
        return new Availability(true, s.noticeHours(), s.bufferMinutes(), s.maxPerDay(), hours, exceptions);
    }

    /** Replaces what {@code coachId} published. */
    void save(Long coachId, Availability availability, Instant at) {
        jdbc.update(
                """
                insert into coach_availability (coach_id, notice_hours, buffer_minutes, max_per_day, updated_at)
                values (?, ?, ?, ?, ?)
                on conflict (coach_id) do update set notice_hours = excluded.notice_hours,
                    buffer_minutes = excluded.buffer_minutes, max_per_day = excluded.max_per_day,
                    updated_at = excluded.updated_at
                """,
                coachId,
                availability.noticeHours(),
                availability.bufferMinutes(),
                availability.maxPerDay(),
                Timestamp.from(at));
        jdbc.update("delete from availability_hours where coach_id = ?", coachId);
        for (WeeklyHours hours : availability.hours()) {
            jdbc.update(
                    "insert into availability_hours (coach_id, day_of_week, starts, ends) values (?, ?, ?, ?)",
                    coachId,
                    hours.day().getValue(),
                    Time.valueOf(hours.starts()),
                    Time.valueOf(hours.ends()));
        }
        jdbc.update("delete from availability_exception where coach_id = ?", coachId);
        for (Unavailable away : availability.exceptions()) {
            jdbc.update(
                    "insert into availability_exception (coach_id, starts, ends, note) values (?, ?, ?, ?)",
                    coachId,
                    Timestamp.valueOf(away.starts()),
                    Timestamp.valueOf(away.ends()),
                    away.note());
        }
    }

    /**
     * Holds the coach's row until the transaction ends, so that bookings of one coach are decided one after the other:
     * the second sees the first's booked time (and its count for the day) when it checks the slot.
     *
     * @return whether the coach published any availability
     */
    boolean lock(Long coachId) {
        return !jdbc.queryForList("select coach_id from coach_availability where coach_id = ? for update", coachId)
                .isEmpty();
    }
}
