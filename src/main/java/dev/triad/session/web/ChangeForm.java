package dev.triad.session.web;

import dev.triad.system.WallTime.Occurrence;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDateTime;

/** Cancelling or moving a session: the reason, and for a move the new time. */
class ChangeForm {

    @Size(max = 500, message = "Keep the reason under 500 characters")
    private String reason;

    @NotNull(message = "Choose the new date and time", groups = Move.class)
    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
    private LocalDateTime startsAt;

    /** Which of a repeated hour the new time means, once the form has asked (a choice the page wrote). */
    private Occurrence occurrence;

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

    public Occurrence getOccurrence() {
        return occurrence;
    }

    public void setOccurrence(Occurrence occurrence) {
        this.occurrence = occurrence;
    }
}
