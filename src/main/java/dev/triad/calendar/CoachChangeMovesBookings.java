package dev.triad.calendar;

import dev.triad.engagement.CoachAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A new coach takes over the times the engagement's items still to come hold. Where the new coach is already booked at
 * such a time, the item stops holding it (it stays scheduled, as the migration leaves earlier overlaps, until moved):
 * HR's assignment is not refused for a calendar the new coach can sort out. Runs in the assigning transaction.
 */
@Component
class CoachChangeMovesBookings {

    private final JdbcTemplate jdbc;

    CoachChangeMovesBookings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CoachAssigned assigned) {
        if (assigned.previousCoachId() == null || assigned.previousCoachId().equals(assigned.coachId())) {
            return;
        }
        jdbc.update("""
                delete from booked_time mine
                where mine.engagement_id = ? and upper(mine.during) > now()
                  and exists (select 1 from booked_time theirs
                              where theirs.coach_id = ? and theirs.engagement_id <> mine.engagement_id
                                and theirs.during && mine.during)
                """, assigned.engagementId(), assigned.coachId());
        jdbc.update(
                "update booked_time set coach_id = ? where engagement_id = ? and upper(during) > now()",
                assigned.coachId(),
                assigned.engagementId());
    }
}
