package dev.triad.alignment;

import java.time.Instant;

/** A progress report the leader has not opened yet. */
public record UnreadReport(Long engagementId, Long reportId, String clientName, Instant sentAt) {

    public String href() {
        return "/engagements/" + engagementId + "/reports/" + reportId;
    }
}
