package dev.triad.booking;

import dev.triad.account.CurrentUser;
import dev.triad.account.Role;
import dev.triad.system.ForbiddenException;
import dev.triad.system.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** The coach's side: what they publish of their time. Only coaches have an availability, and only their own. */
@Service
public class CoachAvailability {

    private final Availabilities availabilities;
    private final Clock clock;

    CoachAvailability(Availabilities availabilities, Clock clock) {
        this.availabilities = availabilities;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Availability mine(CurrentUser me) {
        requireCoach(me);
        return availabilities.of(me.id());
    }

    /** Replaces what the coach published; bookings already made stay. */
    @Transactional
    public void publish(Availability availability, CurrentUser me) {
        requireCoach(me);
        if (availability.noticeHours() < 0 || availability.noticeHours() > 720) {
            throw new RuleViolation("noticeHours", "booking.availability.notice.outOfRange");
        }
        if (availability.bufferMinutes() < 0 || availability.bufferMinutes() > 240) {
            throw new RuleViolation("bufferMinutes", "booking.availability.buffer.outOfRange");
        }
        if (availability.maxPerDay() != null && (availability.maxPerDay() < 1 || availability.maxPerDay() > 24)) {
            throw new RuleViolation("maxPerDay", "booking.availability.maxPerDay.outOfRange");
        }
        availabilities.save(me.id(), availability, clock.instant());
    }

    private static void requireCoach(CurrentUser me) {
        if (!me.has(Role.COACH)) {
            throw new ForbiddenException("Only coaches publish their availability");
        }
    }
}
