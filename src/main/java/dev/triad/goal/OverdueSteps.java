package dev.triad.goal;

import java.time.LocalDate;

/** How many of an active engagement's open action steps are past their due date: the overdue digest's line. */
public record OverdueSteps(Long engagementId, Long clientId, long count, LocalDate oldestDueOn) {

    public String planPath() {
        return "/engagements/" + engagementId + "/plan";
    }
}
