package dev.triad.booking;

import dev.triad.booking.SlotSearch.Refusal;
import dev.triad.calendar.BookedItem;
import dev.triad.calendar.Busy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SlotSearchUnitTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 2 March 2026, 08:00 London: the clocks go forward on Sunday 29 March. */
    static final Instant NOW = ZonedDateTime.of(2026, 3, 2, 8, 0, 0, 0, LONDON).toInstant();

    static WeeklyHours hours(DayOfWeek day, String from, String to) {
        return new WeeklyHours(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static Availability availability(
            int noticeHours, int buffer, Integer max, List<Unavailable> away, WeeklyHours... hours) {
        return new Availability(true, noticeHours, buffer, max, List.of(hours), away);
    }

    static SlotSearch.Terms terms(int minutes, int step) {
        return new SlotSearch.Terms(
                Duration.ofMinutes(minutes),
                step,
                Duration.ZERO,
                LocalDate.of(2026, 1, 1),
                null,
                LONDON,
                new BigDecimal("20"));
    }

    static Instant london(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(LONDON).toInstant();
    }

    static Busy session(String from, int minutes) {
        Instant start = london(from);
        return new Busy(BookedItem.SESSION, 1L, 1L, 1L, 2L, start, start.plus(Duration.ofMinutes(minutes)));
    }

    static List<Instant> free(SlotSearch search, Duration horizon) {
        return search.free(NOW, NOW.plus(horizon));
    }

    @Test
    void weeklyLondonMorningStaysAtNineLondonAcrossTheMarchChangeSoFourThenFiveInNewYork() {
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.MONDAY, "09:00", "12:00")),
                LONDON,
                terms(60, 60),
                List.of());

        List<Instant> slots = free(search, Duration.ofDays(35));

        assertThat(slots).hasSize(5 * 3);
        assertThat(slots).allSatisfy(s -> assertThat(s.atZone(LONDON).getHour()).isBetween(9, 11));
        // Monday 23 March: London on GMT, New York already on EDT (UTC-4): 09:00 London is 05:00 New York
        assertThat(london("2026-03-23T09:00").atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(5, 0));
        assertThat(slots).contains(london("2026-03-23T09:00"));
        // Monday 30 March: London on BST (UTC+1): 09:00 London is 04:00 New York
        assertThat(slots).contains(london("2026-03-30T09:00"));
        assertThat(london("2026-03-30T09:00").atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(4, 0));
        assertThat(slots)
                .doesNotContain(
                        london("2026-03-30T08:00"), london("2026-03-30T10:00").minusSeconds(3600 * 2));
    }

    @Test
    void aWallTimeTheClocksSkipOffersNoSlot() {
        // Sunday 29 March 2026, London: 01:00 jumps to 02:00
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.SUNDAY, "00:30", "03:00")),
                LONDON,
                terms(30, 30),
                List.of());

        List<Instant> onThatSunday = free(search, Duration.ofDays(28)).stream()
                .filter(s -> s.atZone(LONDON).toLocalDate().equals(LocalDate.of(2026, 3, 29)))
                .toList();

        assertThat(onThatSunday)
                .extracting(s -> s.atZone(LONDON).toLocalTime())
                .containsExactly(LocalTime.of(0, 30), LocalTime.of(2, 0), LocalTime.of(2, 30));
    }

    @Test
    void slotsStartOnTheStepOfTheCoachsClockAndFitWhollyInsideTheRange() {
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.TUESDAY, "09:10", "11:00")),
                LONDON,
                terms(45, 30),
                List.of());

        List<Instant> slots = free(search, Duration.ofDays(2));

        assertThat(slots).containsExactly(london("2026-03-03T09:30"), london("2026-03-03T10:00"));
        assertThat(search.check(london("2026-03-03T09:10"), NOW)).contains(Refusal.OUTSIDE_AVAILABILITY);
        assertThat(search.check(london("2026-03-03T10:30"), NOW)).contains(Refusal.OUTSIDE_AVAILABILITY);
    }

    @Test
    void severalRangesADayEachGiveTheirSlots() {
        SlotSearch search = new SlotSearch(
                availability(
                        0,
                        0,
                        null,
                        List.of(),
                        hours(DayOfWeek.TUESDAY, "09:00", "10:00"),
                        hours(DayOfWeek.TUESDAY, "14:00", "15:00")),
                LONDON,
                terms(60, 60),
                List.of());

        assertThat(free(search, Duration.ofDays(2)))
                .containsExactly(london("2026-03-03T09:00"), london("2026-03-03T14:00"));
    }

    @Test
    void theMinimumNoticeKeepsSoonSlotsAway() {
        SlotSearch search = new SlotSearch(
                availability(
                        24,
                        0,
                        null,
                        List.of(),
                        hours(DayOfWeek.MONDAY, "09:00", "12:00"),
                        hours(DayOfWeek.TUESDAY, "07:00", "10:00")),
                LONDON,
                terms(60, 60),
                List.of());

        List<Instant> slots = free(search, Duration.ofDays(2));

        // now is Monday 08:00: Monday's hours and Tuesday before 08:00 are inside the 24 hours
        assertThat(slots).containsExactly(london("2026-03-03T08:00"), london("2026-03-03T09:00"));
        assertThat(search.check(london("2026-03-03T07:00"), NOW)).contains(Refusal.INSIDE_NOTICE);
    }

    @Test
    void theProgrammesCancellationNoticeCountsWhenLongerThanTheCoachs() {
        SlotSearch.Terms terms = new SlotSearch.Terms(
                Duration.ofMinutes(60),
                60,
                Duration.ofHours(48),
                LocalDate.of(2026, 1, 1),
                null,
                LONDON,
                BigDecimal.TEN);
        SlotSearch search = new SlotSearch(
                availability(
                        24,
                        0,
                        null,
                        List.of(),
                        hours(DayOfWeek.TUESDAY, "09:00", "10:00"),
                        hours(DayOfWeek.WEDNESDAY, "09:00", "10:00")),
                LONDON,
                terms,
                List.of());

        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.INSIDE_NOTICE);
        assertThat(search.check(london("2026-03-04T09:00"), NOW)).isEmpty();
    }

    @Test
    void theBufferKeepsTimeFreeBeforeAndAfterEveryBookedItem() {
        SlotSearch search = new SlotSearch(
                availability(0, 15, null, List.of(), hours(DayOfWeek.TUESDAY, "08:00", "14:00")),
                LONDON,
                terms(60, 60),
                List.of(session("2026-03-03T10:00", 60)));

        // 09:00-10:00 ends right where the session starts; 11:00 starts right where it ends: both inside the buffer
        assertThat(free(search, Duration.ofDays(2)))
                .containsExactly(london("2026-03-03T08:00"), london("2026-03-03T12:00"), london("2026-03-03T13:00"));
        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.TAKEN);
        assertThat(search.check(london("2026-03-03T11:00"), NOW)).contains(Refusal.TAKEN);
    }

    @Test
    void withoutABufferABookedItemTakesOnlyItsOwnTime() {
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.TUESDAY, "09:00", "12:00")),
                LONDON,
                terms(60, 60),
                List.of(session("2026-03-03T10:00", 60)));

        assertThat(free(search, Duration.ofDays(2)))
                .containsExactly(london("2026-03-03T09:00"), london("2026-03-03T11:00"));
    }

    @Test
    void theMaximumPerDayIsCountedInTheCoachsZone() {
        SlotSearch search = new SlotSearch(
                availability(
                        0,
                        0,
                        2,
                        List.of(),
                        hours(DayOfWeek.TUESDAY, "09:00", "12:00"),
                        hours(DayOfWeek.WEDNESDAY, "09:00", "12:00")),
                LONDON,
                terms(60, 60),
                List.of(
                        session("2026-03-03T00:30", 30), // Tuesday in London (Monday evening in New York)
                        session("2026-03-03T23:30", 30), // still Tuesday in London
                        session("2026-03-04T00:15", 30))); // Wednesday

        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.DAY_FULL);
        assertThat(search.check(london("2026-03-04T09:00"), NOW)).isEmpty();
        assertThat(free(search, Duration.ofDays(3)))
                .allSatisfy(s -> assertThat(s.atZone(LONDON).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
    }

    @Test
    void alignmentMeetingsBlockTimeButDoNotCountAsSessionsOfTheDay() {
        Instant start = london("2026-03-03T18:00");
        SlotSearch search = new SlotSearch(
                availability(0, 0, 1, List.of(), hours(DayOfWeek.TUESDAY, "09:00", "10:00")),
                LONDON,
                terms(60, 60),
                List.of(new Busy(BookedItem.MEETING, 9L, 1L, 1L, 2L, start, start.plusSeconds(3600))));

        assertThat(search.check(london("2026-03-03T09:00"), NOW)).isEmpty();
    }

    @Test
    void anExceptionBlocksItsTimeWholeDaysOrPartOfADay() {
        SlotSearch search = new SlotSearch(
                availability(
                        0,
                        0,
                        null,
                        List.of(
                                new Unavailable(
                                        null,
                                        LocalDateTime.parse("2026-03-03T00:00"),
                                        LocalDateTime.parse("2026-03-04T00:00"),
                                        "Holiday"),
                                new Unavailable(
                                        null,
                                        LocalDateTime.parse("2026-03-04T13:00"),
                                        LocalDateTime.parse("2026-03-04T18:00"),
                                        "Dentist")),
                        hours(DayOfWeek.TUESDAY, "09:00", "11:00"),
                        hours(DayOfWeek.WEDNESDAY, "11:00", "15:00")),
                LONDON,
                terms(60, 60),
                List.of());

        assertThat(free(search, Duration.ofDays(3)))
                .containsExactly(london("2026-03-04T11:00"), london("2026-03-04T12:00"));
        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.OUTSIDE_AVAILABILITY);
        assertThat(search.check(london("2026-03-04T13:00"), NOW)).contains(Refusal.OUTSIDE_AVAILABILITY);
    }

    @Test
    void noSlotLiesBeforeTheEngagementStartsOrAfterItEnds() {
        SlotSearch.Terms terms = new SlotSearch.Terms(
                Duration.ofMinutes(60),
                60,
                Duration.ZERO,
                LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 10),
                LONDON,
                BigDecimal.TEN);
        SlotSearch search = new SlotSearch(
                availability(
                        0,
                        0,
                        null,
                        List.of(),
                        hours(DayOfWeek.TUESDAY, "09:00", "10:00"),
                        hours(DayOfWeek.WEDNESDAY, "09:00", "10:00")),
                LONDON,
                terms,
                List.of());

        assertThat(free(search, Duration.ofDays(14)))
                .containsExactly(london("2026-03-04T09:00"), london("2026-03-10T09:00"));
        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.BEFORE_ENGAGEMENT);
        assertThat(search.check(london("2026-03-11T09:00"), NOW)).contains(Refusal.AFTER_ENGAGEMENT);
    }

    @Test
    void fewerHoursLeftThanTheSessionTakesLeaveNoSlotAtAll() {
        SlotSearch.Terms terms = new SlotSearch.Terms(
                Duration.ofMinutes(90),
                30,
                Duration.ZERO,
                LocalDate.of(2026, 1, 1),
                null,
                LONDON,
                new BigDecimal("1.25"));
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.TUESDAY, "09:00", "12:00")),
                LONDON,
                terms,
                List.of());

        assertThat(free(search, Duration.ofDays(7))).isEmpty();
        assertThat(search.check(london("2026-03-03T09:00"), NOW)).contains(Refusal.NO_HOURS_LEFT);

        SlotSearch enough = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.TUESDAY, "09:00", "12:00")),
                LONDON,
                new SlotSearch.Terms(
                        Duration.ofMinutes(90),
                        30,
                        Duration.ZERO,
                        LocalDate.of(2026, 1, 1),
                        null,
                        LONDON,
                        new BigDecimal("1.5")),
                List.of());
        assertThat(enough.check(london("2026-03-03T09:00"), NOW)).isEmpty();
    }

    @Test
    void aCoachInNewYorkPublishesNewYorkHours() {
        SlotSearch search = new SlotSearch(
                availability(0, 0, null, List.of(), hours(DayOfWeek.TUESDAY, "09:00", "10:00")),
                NEW_YORK,
                terms(60, 60),
                List.of());

        assertThat(free(search, Duration.ofDays(2)))
                .containsExactly(
                        LocalDateTime.parse("2026-03-03T09:00").atZone(NEW_YORK).toInstant());
    }

    @Test
    void nothingPublishedGivesNothing() {
        SlotSearch search = new SlotSearch(Availability.NONE, LONDON, terms(60, 60), List.of());

        assertThat(free(search, Duration.ofDays(28))).isEmpty();
    }
}
