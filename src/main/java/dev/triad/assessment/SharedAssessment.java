package dev.triad.assessment;

import java.time.LocalDate;

/**
 * An assessment the client has shared with the leader, as the initial alignment meeting offers it for discussion:
 * kind, date and how much is shared, with a link to its page (where reading it is logged). No content here.
 */
public record SharedAssessment(Long engagementId, Long id, AssessmentKind kind, LocalDate assessedOn, Sharing sharing) {

    public String path() {
        return "/engagements/" + engagementId + "/assessments/" + id;
    }
}
