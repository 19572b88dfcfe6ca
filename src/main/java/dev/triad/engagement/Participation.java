package dev.triad.engagement;

/** How a person stands to one engagement. HR stands to every engagement, for its facts. */
public enum Participation {
    CLIENT,
    COACH,
    LEADER,
    HR
}
