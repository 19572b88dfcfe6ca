package dev.triad.booking.web;

import dev.triad.booking.Availability;
import dev.triad.booking.Unavailable;
import dev.triad.booking.WeeklyHours;
import dev.triad.system.RuleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coach's availability as typed: per weekday its ranges ("09:00-12:00, 14:00-17:30"), and one exception a line
 * ("2026-12-24", "2026-12-24 - 2026-12-31", "2026-12-10 13:00 - 18:00"), each with an optional "| note".
 */
class AvailabilityForm {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");
    private static final Pattern EXCEPTION = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ T]+(\\d{1,2}:\\d{2}))?"
            + "(?:\\s*(?:-|–|to)\\s*(\\d{4}-\\d{2}-\\d{2})?[ T]*(\\d{1,2}:\\d{2})?)?"
            + "\\s*(?:\\|\\s*(.*))?");

    private List<String> days = new ArrayList<>(List.of("", "", "", "", "", "", ""));

    @Size(max = 4000, message = "Use at most 4000 characters")
    private String exceptions;

    @NotNull(message = "Enter the notice a booking needs")
    @Min(value = 0, message = "At least 0 hours")
    @Max(value = 720, message = "At most 720 hours (30 days)")
    private Integer noticeHours = Availability.DEFAULT_NOTICE_HOURS;

    @NotNull(message = "Enter the minutes kept free between sessions")
    @Min(value = 0, message = "At least 0 minutes")
    @Max(value = 240, message = "At most 240 minutes")
    private Integer bufferMinutes = 0;

    @Min(value = 1, message = "At least 1")
    @Max(value = 24, message = "At most 24")
    private Integer maxPerDay;

    static AvailabilityForm of(Availability availability) {
        AvailabilityForm form = new AvailabilityForm();
        for (DayOfWeek day : DayOfWeek.values()) {
            form.days.set(
                    day.getValue() - 1,
                    String.join(
                            ", ",
                            availability.hours().stream()
                                    .filter(h -> h.day() == day)
                                    .map(h -> h.starts() + "-" + h.ends())
                                    .toList()));
        }
        form.exceptions = String.join(
                "\n",
                availability.exceptions().stream().map(AvailabilityForm::line).toList());
        form.noticeHours = availability.noticeHours();
        form.bufferMinutes = availability.bufferMinutes();
        form.maxPerDay = availability.maxPerDay();
        return form;
    }

    private static String line(Unavailable away) {
        boolean wholeDays = away.starts().toLocalTime().equals(LocalTime.MIDNIGHT)
                && away.ends().toLocalTime().equals(LocalTime.MIDNIGHT);
        String text;
        if (wholeDays) {
            LocalDate lastDay = away.ends().toLocalDate().minusDays(1);
            text = away.starts().toLocalDate().equals(lastDay)
                    ? lastDay.toString()
                    : away.starts().toLocalDate() + " - " + lastDay;
        } else if (away.starts().toLocalDate().equals(away.ends().toLocalDate())) {
            text = away.starts().toLocalDate() + " " + away.starts().toLocalTime() + " - "
                    + away.ends().toLocalTime();
        } else {
            text = away.starts().toLocalDate() + " " + away.starts().toLocalTime() + " - "
                    + away.ends().toLocalDate() + " " + away.ends().toLocalTime();
        }
        return away.note() == null ? text : text + " | " + away.note();
    }

    /**
     * What the coach publishes.
     *
     * @throws RuleViolation on the weekday's field or on {@code exceptions} when a line cannot be read
     */
    Availability toAvailability() {
        List<WeeklyHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            String typed = days.size() >= day.getValue() ? days.get(day.getValue() - 1) : null;
            if (typed == null || typed.isBlank()) {
                continue;
            }
            String field = "days[" + (day.getValue() - 1) + "]";
            for (String part : typed.split("[,;]")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = RANGE.matcher(part.strip());
                if (!m.matches()) {
                    throw new RuleViolation(field, "booking.availability.hours.unreadable", part.strip());
                }
                LocalTime from = time(m.group(1), field, part);
                LocalTime to = time(m.group(2), field, part);
                if (!from.isBefore(to)) {
                    throw new RuleViolation(field, "booking.availability.hours.backwards", part.strip());
                }
                hours.add(new WeeklyHours(day, from, to));
            }
        }
        List<Unavailable> away = new ArrayList<>();
        if (exceptions != null) {
            for (String raw : exceptions.split("\\R")) {
                if (!raw.isBlank()) {
                    away.add(exception(raw.strip()));
                }
            }
        }
        return new Availability(true, noticeHours, bufferMinutes, maxPerDay, hours, away);
    }

    private static Unavailable exception(String line) {
        Matcher m = EXCEPTION.matcher(line);
        if (!m.matches()) {
            throw new RuleViolation("exceptions", "booking.availability.exception.unreadable", line);
        }
        try {
            LocalDate firstDay = LocalDate.parse(m.group(1));
            LocalDateTime starts = m.group(2) == null
                    ? firstDay.atStartOfDay()
                    : firstDay.atTime(time(m.group(2), "exceptions", line));
            LocalDate lastDay = m.group(3) == null ? firstDay : LocalDate.parse(m.group(3));
            LocalDateTime ends = m.group(4) == null
                    ? lastDay.plusDays(1).atStartOfDay()
                    : lastDay.atTime(time(m.group(4), "exceptions", line));
            if (!starts.isBefore(ends)) {
                throw new RuleViolation("exceptions", "booking.availability.exception.backwards", line);
            }
            String note = m.group(5) == null || m.group(5).isBlank()
                    ? null
                    : m.group(5).strip();
            if (note != null && note.length() > 200) {
                throw new RuleViolation("exceptions", "booking.availability.exception.noteTooLong", line);
            }
            return new Unavailable(null, starts, ends, note);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("exceptions", "booking.availability.exception.unreadable", line);
        }
    }

    private static LocalTime time(String text, String field, String typed) {
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, "booking.availability.hours.unreadable", typed.strip());
        }
    }

    public List<String> getDays() {
        return days;
    }

    public void setDays(List<String> days) {
        this.days = new ArrayList<>(days);
        while (this.days.size() < 7) {
            this.days.add("");
        }
    }

    public String getExceptions() {
        return exceptions;
    }

    public void setExceptions(String exceptions) {
        this.exceptions = exceptions;
    }

    public Integer getNoticeHours() {
        return noticeHours;
    }

    public void setNoticeHours(Integer noticeHours) {
        this.noticeHours = noticeHours;
    }

    public Integer getBufferMinutes() {
        return bufferMinutes;
    }

    public void setBufferMinutes(Integer bufferMinutes) {
        this.bufferMinutes = bufferMinutes;
    }

    public Integer getMaxPerDay() {
        return maxPerDay;
    }

    public void setMaxPerDay(Integer maxPerDay) {
        this.maxPerDay = maxPerDay;
    }
}
