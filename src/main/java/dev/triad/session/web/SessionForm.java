package dev.triad.session.web;

import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService.NewSession;
import dev.triad.session.SessionService.Repeat;
import dev.triad.system.SingleLineText;
import dev.triad.system.WallTime.Occurrence;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * The coach books a session: when, how long, how, and where (a room or a video link); optionally repeated every
 * {@code repeatEveryWeeks} weeks, {@code repeatTimes} sessions in all (the record-a-past-session form shows neither).
 */
class SessionForm {

    @NotNull(message = "Choose the date and time")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;

    @NotNull(message = "Enter the length in minutes")
    @Min(value = 15, message = "At least 15 minutes")
    @Max(value = 480, message = "At most 8 hours")
    private Integer minutes = 60;

    @NotNull(message = "Choose the format")
    private SessionFormat format = SessionFormat.VIDEO;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private String location;

    /** Every how many weeks the session repeats; empty for a single session. */
    private Integer repeatEveryWeeks;

    /** How many sessions the series has, the first included; empty for a single session. */
    private Integer repeatTimes;

    @AssertTrue(message = "Give both how often and how many times the session repeats, or neither")
    public boolean isRepeatComplete() {
        return (repeatEveryWeeks == null) == (repeatTimes == null);
    }

    /** Which of a repeated hour the time means, once the form has asked (a choice the page wrote). */
    private Occurrence occurrence;

    @AssertTrue(message = "Give the room or address for a session in person")
    public boolean isPlaceGivenForInPerson() {
        return format != SessionFormat.IN_PERSON || location != null && !location.isBlank();
    }

    NewSession toRequest() {
        return new NewSession(startsAt, minutes, format, location, occurrence);
    }

    /** How the session repeats, if it does. */
    Optional<Repeat> repeat() {
        return repeatEveryWeeks == null || repeatTimes == null
                ? Optional.empty()
                : Optional.of(new Repeat(repeatEveryWeeks, repeatTimes));
    }

    public Integer getRepeatEveryWeeks() {
        return repeatEveryWeeks;
    }

    public void setRepeatEveryWeeks(Integer repeatEveryWeeks) {
        this.repeatEveryWeeks = repeatEveryWeeks;
    }

    public Integer getRepeatTimes() {
        return repeatTimes;
    }

    public void setRepeatTimes(Integer repeatTimes) {
        this.repeatTimes = repeatTimes;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Occurrence getOccurrence() {
        return occurrence;
    }

    public void setOccurrence(Occurrence occurrence) {
        this.occurrence = occurrence;
    }
}
