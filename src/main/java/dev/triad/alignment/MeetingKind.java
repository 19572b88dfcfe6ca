package dev.triad.alignment;

import java.util.Arrays;
import java.util.List;

/** Client, coach and leader meet at the start, at mid-point and at the close (DOMAIN.md, "Alignment meetings"). */
public enum MeetingKind {
    INITIAL("Initial alignment meeting"),
    MID_POINT("Mid-point alignment meeting"),
    CLOSING("Closing alignment meeting");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The checklist this kind of meeting works through, in order. */
    public List<AgendaTopic> agenda() {
        return Arrays.stream(AgendaTopic.values())
                .filter(topic -> topic.kind() == this)
                .toList();
    }

    /** An engagement has one initial and one closing meeting (a cancelled one aside); mid-point meetings as many as needed. */
    public boolean isOncePerEngagement() {
        return this != MID_POINT;
    }
}
