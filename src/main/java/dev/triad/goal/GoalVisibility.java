package dev.triad.goal;

import dev.triad.programme.CoachingType;

/** Who besides the client and the coach sees a goal. */
public enum GoalVisibility {
    /** The client and the coach only. */
    PRIVATE("Private to the client and the coach"),
    /** Also the engagement's leader, who may give input on it. */
    SHARED("Shared with the leader");

    private final String label;

    GoalVisibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Goals agreed with the leader are shared by default; in performance coaching the goals are the
     * client's personal ones, free of organisational objectives, and private by default.
     */
    public static GoalVisibility defaultFor(CoachingType coachingType) {
        return coachingType == CoachingType.PERFORMANCE ? PRIVATE : SHARED;
    }
}
