package dev.triad.session.web;

import dev.triad.session.SessionFormat;
import dev.triad.session.SessionService.NewSession;
import dev.triad.system.SingleLineText;
import dev.triad.system.WallTime.Occurrence;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** The coach books a session: when, how long, how, and where (a room or a video link). */
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

    /** Which of a repeated hour the time means, once the form has asked (a choice the page wrote). */
    private Occurrence occurrence;

    @AssertTrue(message = "Give the room or address for a session in person")
    public boolean isPlaceGivenForInPerson() {
        return format != SessionFormat.IN_PERSON || location != null && !location.isBlank();
    }

    NewSession toRequest() {
        return new NewSession(startsAt, minutes, format, location, occurrence);
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
