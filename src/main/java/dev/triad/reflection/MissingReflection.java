package dev.triad.reflection;

/**
 * An active engagement whose client has not written this week's reflection: what the home page
 * reminder links to. {@code coachName} is null while the engagement has no coach.
 */
public record MissingReflection(Long engagementId, Long clientId, String coachName, String programmeName) {

    /** How the client knows the engagement: "your coaching with Carmen Okafor", or the programme's name. */
    public String engagementName() {
        return coachName != null ? "your coaching with " + coachName : programmeName;
    }

    public String journalHref() {
        return "/engagements/" + engagementId + "/journal/new";
    }
}
