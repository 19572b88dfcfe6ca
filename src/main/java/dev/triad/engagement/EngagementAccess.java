package dev.triad.engagement;

import java.util.Set;

/** An engagement as one viewer stands to it; pages ask it what they may show. */
public record EngagementAccess(Engagement engagement, Set<Participation> participations) {

    public boolean may(EngagementContent content) {
        return participations.stream().anyMatch(content::readableBy);
    }

    /**
     * Whether the viewer is one of those who may take {@code action} (in whatever phase the engagement is). A client
     * books sessions only where the programme lets clients book themselves.
     */
    public boolean may(EngagementAction action) {
        if (action == EngagementAction.BOOK_SESSION
                && !engagement.getProgramme().clientsBookSessions()) {
            return false;
        }
        return participations.stream().anyMatch(action::allowedTo);
    }

    /** For templates: whether the viewer may take the act named, e.g. {@code access.mayTake('BOOK_SESSION')}. */
    public boolean mayTake(String action) {
        return may(EngagementAction.valueOf(action)) && writable();
    }

    /** For templates, which cannot name an enum constant: {@code access.allows('GOALS')}. */
    public boolean allows(String content) {
        return may(EngagementContent.valueOf(content));
    }

    /** Whether the engagement takes new content: pages offer no "New…", "Add…" or edit on a closed one. */
    public boolean writable() {
        return engagement.takesWrites();
    }

    public boolean is(Participation participation) {
        return participations.contains(participation);
    }

    public boolean isHr() {
        return is(Participation.HR);
    }

    public boolean isCoach() {
        return is(Participation.COACH);
    }

    public boolean isClient() {
        return is(Participation.CLIENT);
    }

    public boolean isLeader() {
        return is(Participation.LEADER);
    }
}
