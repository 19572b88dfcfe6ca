package dev.triad.alignment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where an engagement's progress reporting stands: the agreed cadence, and when the client last sent a report. */
public record ReportingState(
        Long engagementId,
        ReportCadence cadence,
        LocalDate agreedOn,
        Long clientId,
        String clientName,
        String leaderName,
        Instant lastSentAt) {

    /** The day the next report is due: one period after the last one sent, or after the agreement. */
    public LocalDate nextDue(ZoneId zone) {
        LocalDate lastSent = lastSentAt == null ? null : LocalDate.ofInstant(lastSentAt, zone);
        LocalDate from = lastSent == null || lastSent.isBefore(agreedOn) ? agreedOn : lastSent;
        return cadence.after(from);
    }

    public boolean isDue(LocalDate today, ZoneId zone) {
        return !nextDue(zone).isAfter(today);
    }
}
