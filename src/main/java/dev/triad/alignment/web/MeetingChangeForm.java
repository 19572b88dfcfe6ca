package dev.triad.alignment.web;

import dev.triad.system.MultiLineText;
import dev.triad.system.SingleLineText;
import dev.triad.system.WallTime.Occurrence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** Moving or cancelling a meeting: the reason, and for a move the new time, length and place. */
class MeetingChangeForm {

    @Size(max = 500, message = "Keep the reason under 500 characters")
    @MultiLineText
    private String reason;

    @NotNull(message = "Choose the new date and time", groups = Move.class)
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;

    @NotNull(message = "Enter the length in minutes", groups = Move.class)
    @Min(value = 15, message = "At least 15 minutes", groups = Move.class)
    @Max(value = 480, message = "At most 8 hours", groups = Move.class)
    private Integer minutes;

    /** Which of a repeated hour the time means, once the form has asked (a choice the page wrote). */
    private Occurrence occurrence;

    @Size(max = 500, message = "Use at most 500 characters", groups = Move.class)
    @SingleLineText(groups = Move.class)
    private String location;

    /** Validation group for moving, where the new time is required. */
    interface Move {}

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
