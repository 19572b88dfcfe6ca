package dev.triad.schedule;

import dev.triad.account.CurrentUser;
import dev.triad.alignment.AlignmentMeeting;
import dev.triad.alignment.MeetingStatus;
import dev.triad.schedule.CalendarItems.Item;
import dev.triad.schedule.CalendarItems.Part;
import dev.triad.session.CoachingSession;
import dev.triad.session.SessionStatus;
import dev.triad.system.Zones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A coach's schedule across every engagement they coach: one week (Monday to Sunday in the coach's own time zone) as a
 * grid, and {@value #WEEKS_LISTED} weeks from that one on as a list by day. Three statements whatever the number of
 * engagements, sessions and meetings.
 */
@Service
@Transactional(readOnly = true)
public class Schedule {

    /** How many weeks the list shows, from the chosen week on. */
    static final int WEEKS_LISTED = 4;

    /** Weeks further from today than this are not asked for (a typed year 9999 is this week, not an error). */
    private static final int MAX_YEARS_AWAY = 10;

    private final CalendarItems items;
    private final Zones zones;

    Schedule(CalendarItems items, Zones zones) {
        this.items = items;
        this.zones = zones;
    }

    /** One day of the grid or of the list. */
    public record Day(LocalDate date, String weekday, boolean today, List<ScheduleItem> items) {}

    /**
     * The page: the week shown (its Monday), today's week, the neighbours to step to, the seven days of the grid and
     * the days of the list that have something on them.
     */
    public record Page(
            LocalDate week,
            LocalDate thisWeek,
            LocalDate previousWeek,
            LocalDate nextWeek,
            LocalDate listedUntil,
            List<Day> grid,
            List<Day> listed) {

        public boolean isThisWeek() {
            return week.equals(thisWeek);
        }

        public boolean isEmpty() {
            return listed.isEmpty();
        }

        public boolean weekIsEmpty() {
            return grid.stream().allMatch(day -> day.items().isEmpty());
        }
    }

    /** {@code week}: any day of the week to show (ISO, 2026-12-07); missing or not a date: this week. */
    public Page of(CurrentUser me, String week) {
        ZoneId zone = zones.of(me);
        LocalDate today = zones.now().atZone(zone).toLocalDate();
        LocalDate thisWeek = monday(today);
        LocalDate shown = parse(week, today).map(Schedule::monday).orElse(thisWeek);
        LocalDate end = shown.plusWeeks(WEEKS_LISTED);
        Map<LocalDate, List<ScheduleItem>> byDay = new LinkedHashMap<>();
        for (Item item : items.of(
                me.id(),
                Part.COACH,
                shown.atStartOfDay(zone).toInstant(),
                end.atStartOfDay(zone).toInstant())) {
            ScheduleItem line = line(item);
            byDay.computeIfAbsent(line.startsAt().atZone(zone).toLocalDate(), d -> new ArrayList<>())
                    .add(line);
        }
        List<Day> grid = new ArrayList<>();
        for (LocalDate day = shown; day.isBefore(shown.plusWeeks(1)); day = day.plusDays(1)) {
            grid.add(day(day, today, byDay.getOrDefault(day, List.of())));
        }
        List<Day> listed = byDay.entrySet().stream()
                .map(entry -> day(entry.getKey(), today, entry.getValue()))
                .toList();
        return new Page(shown, thisWeek, shown.minusWeeks(1), shown.plusWeeks(1), end.minusDays(1), grid, listed);
    }

    private java.util.Optional<LocalDate> parse(String week, LocalDate today) {
        if (week == null || week.isBlank() || week.length() > 10) {
            return java.util.Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(week.strip());
            return Math.abs(day.getYear() - today.getYear()) > MAX_YEARS_AWAY
                    ? java.util.Optional.empty()
                    : java.util.Optional.of(day);
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static Day day(LocalDate date, LocalDate today, List<ScheduleItem> items) {
        return new Day(
                date, date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), date.equals(today), items);
    }

    private static ScheduleItem line(Item item) {
        String client = item.engagement().getClient().getFullName();
        if (item.session() != null) {
            CoachingSession s = item.session();
            return new ScheduleItem(
                    true,
                    s.getId(),
                    s.getEngagementId(),
                    "Coaching session",
                    client,
                    s.getFormat() == null ? "" : s.getFormat().label(),
                    s.getLocation(),
                    s.getStartsAt(),
                    s.endsAt(),
                    s.getAgenda() != null && !s.getAgenda().isBlank(),
                    s.getStatus() == SessionStatus.SCHEDULED,
                    s.getStatus().label());
        }
        AlignmentMeeting m = item.meeting();
        return new ScheduleItem(
                false,
                m.getId(),
                m.getEngagementId(),
                m.getKind().label(),
                client,
                "Three-way meeting",
                m.getLocation(),
                m.getStartsAt(),
                m.endsAt(),
                m.getClientObjectives() != null && !m.getClientObjectives().isBlank(),
                m.getStatus() == MeetingStatus.SCHEDULED,
                m.getStatus().label());
    }
}
