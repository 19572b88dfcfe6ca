package dev.triad.booking;

import dev.triad.calendar.BookedItem;
import dev.triad.calendar.Busy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The free slots of a coach, from their {@link Availability} and the times they have booked, with the engagement's
 * terms: pure, so that a page asks the database once for each and searches weeks in memory. Weekly hours are wall
 * times of the coach's zone, so 09:00 stays 09:00 there across a change of the clocks; a wall time the change skips
 * offers no slot, one it repeats offers the earlier. Slots start on the step (on the hour, the half hour) of the
 * coach's clock and lie wholly inside one range.
 */
public final class SlotSearch {

    /** Why a time cannot be booked, each with its message code. */
    public enum Refusal {
        NO_HOURS_LEFT("booking.slot.noHoursLeft"),
        BEFORE_ENGAGEMENT("booking.slot.beforeEngagement"),
        AFTER_ENGAGEMENT("booking.slot.afterEngagement"),
        INSIDE_NOTICE("booking.slot.insideNotice"),
        OUTSIDE_AVAILABILITY("booking.slot.outsideAvailability"),
        TAKEN("booking.slot.taken"),
        DAY_FULL("booking.slot.dayFull");

        private final String code;

        Refusal(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * What the engagement asks of a slot: the session's length, the step slots start on, the programme's
     * cancellation notice (a booking inside it could not be cancelled in time), the engagement's first and last day
     * (in {@code datesZone}; {@code lastDay} null: open-ended) and the contracted hours still free.
     */
    public record Terms(
            Duration length,
            int stepMinutes,
            Duration cancellationNotice,
            LocalDate firstDay,
            LocalDate lastDay,
            ZoneId datesZone,
            BigDecimal hoursLeft) {

        public Terms {
            if (stepMinutes < 5 || stepMinutes > 24 * 60) {
                throw new IllegalArgumentException("step of " + stepMinutes + " minutes");
            }
        }
    }

    private final Availability availability;
    private final ZoneId coachZone;
    private final Terms terms;
    private final List<Busy> busy;

    /** {@code busy}: the coach's booked times over the span searched (and a buffer either side). */
    public SlotSearch(Availability availability, ZoneId coachZone, Terms terms, List<Busy> busy) {
        this.availability = availability;
        this.coachZone = coachZone;
        this.terms = terms;
        this.busy = List.copyOf(busy);
    }

    /** The free slot starts from {@code now} until {@code until}, in order. */
    public List<Instant> free(Instant now, Instant until) {
        if (!enoughHours()) {
            return List.of();
        }
        List<Instant> free = new ArrayList<>();
        LocalDate last = until.atZone(coachZone).toLocalDate();
        for (LocalDate day = now.atZone(coachZone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant start : candidates(day)) {
                if (!start.isBefore(now)
                        && start.isBefore(until)
                        && check(start, now).isEmpty()) {
                    free.add(start);
                }
            }
        }
        return free;
    }

    /** Why {@code start} cannot be booked at {@code now}; empty when it can. */
    public Optional<Refusal> check(Instant start, Instant now) {
        if (!enoughHours()) {
            return Optional.of(Refusal.NO_HOURS_LEFT);
        }
        LocalDate engagementDay = start.atZone(terms.datesZone()).toLocalDate();
        if (engagementDay.isBefore(terms.firstDay())) {
            return Optional.of(Refusal.BEFORE_ENGAGEMENT);
        }
        if (terms.lastDay() != null && engagementDay.isAfter(terms.lastDay())) {
            return Optional.of(Refusal.AFTER_ENGAGEMENT);
        }
        if (start.isBefore(now.plus(notice()))) {
            return Optional.of(Refusal.INSIDE_NOTICE);
        }
        LocalDate day = start.atZone(coachZone).toLocalDate();
        Instant end = start.plus(terms.length());
        if (!candidates(day).contains(start) || awayDuring(start, end)) {
            return Optional.of(Refusal.OUTSIDE_AVAILABILITY);
        }
        Duration buffer = Duration.ofMinutes(availability.bufferMinutes());
        if (busy.stream().anyMatch(b -> b.overlaps(start.minus(buffer), end.plus(buffer)))) {
            return Optional.of(Refusal.TAKEN);
        }
        if (availability.maxPerDay() != null && sessionsOn(day) >= availability.maxPerDay()) {
            return Optional.of(Refusal.DAY_FULL);
        }
        return Optional.empty();
    }

    /** The longer of the coach's minimum notice and the programme's cancellation notice. */
    private Duration notice() {
        Duration coach = Duration.ofHours(availability.noticeHours());
        return coach.compareTo(terms.cancellationNotice()) >= 0 ? coach : terms.cancellationNotice();
    }

    private boolean enoughHours() {
        BigDecimal needed =
                BigDecimal.valueOf(terms.length().toMinutes()).divide(BigDecimal.valueOf(60), 2, RoundingMode.UP);
        return terms.hoursLeft() != null && terms.hoursLeft().compareTo(needed) >= 0;
    }

    /** The slot starts of the weekly hours on {@code day} of the coach's calendar, before any other rule. */
    private TreeSet<Instant> candidates(LocalDate day) {
        TreeSet<Instant> starts = new TreeSet<>();
        int step = terms.stepMinutes();
        for (WeeklyHours hours : availability.hours()) {
            if (hours.day() != day.getDayOfWeek()) {
                continue;
            }
            Instant rangeEnd = ZonedDateTime.ofLocal(day.atTime(hours.ends()), coachZone, null)
                    .toInstant();
            int fromMinute = hours.starts().toSecondOfDay() / 60;
            int firstMinute = (fromMinute + step - 1) / step * step;
            for (int minute = firstMinute; minute < 24 * 60; minute += step) {
                LocalDateTime wall = day.atStartOfDay().plusMinutes(minute);
                if (coachZone.getRules().getValidOffsets(wall).isEmpty()) {
                    continue; // skipped by the clocks going forward
                }
                Instant start = ZonedDateTime.ofLocal(wall, coachZone, null).toInstant();
                if (start.plus(terms.length()).isAfter(rangeEnd)) {
                    break;
                }
                starts.add(start);
            }
        }
        return starts;
    }

    private boolean awayDuring(Instant start, Instant end) {
        return availability.exceptions().stream().anyMatch(away -> {
            Instant from = ZonedDateTime.ofLocal(away.starts(), coachZone, null).toInstant();
            Instant to = ZonedDateTime.ofLocal(away.ends(), coachZone, null).toInstant();
            return from.isBefore(end) && start.isBefore(to);
        });
    }

    /** The coach's sessions starting on {@code day} of their own calendar. */
    private long sessionsOn(LocalDate day) {
        return busy.stream()
                .filter(b -> b.item() == BookedItem.SESSION)
                .filter(b -> b.start().atZone(coachZone).toLocalDate().equals(day))
                .count();
    }
}
