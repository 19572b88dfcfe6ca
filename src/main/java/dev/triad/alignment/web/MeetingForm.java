package dev.triad.alignment.web;

import dev.triad.alignment.AlignmentService.NewMeeting;
import dev.triad.alignment.MeetingKind;
import dev.triad.system.SingleLineText;
import dev.triad.system.WallTime.Occurrence;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** Booking a three-way meeting: its kind, when, how long, and where (a room or a video link). */
class MeetingForm {

    @NotNull(message = "Choose the kind of meeting")
    private MeetingKind kind;

    @NotNull(message = "Choose the date and time")
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;

    @NotNull(message = "Enter the length in minutes")
    @Min(value = 15, message = "At least 15 minutes")
    @Max(value = 480, message = "At most 8 hours")
    private Integer minutes = 60;

    /** Which of a repeated hour the time means, once the form has asked (a choice the page wrote). */
    private Occurrence occurrence;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private String location;

    NewMeeting toRequest() {
        return new NewMeeting(kind, startsAt, minutes, location, occurrence);
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
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
