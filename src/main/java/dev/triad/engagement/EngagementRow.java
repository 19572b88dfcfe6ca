package dev.triad.engagement;

/** An engagement in a list, with its hours balance. */
public record EngagementRow(Engagement engagement, HoursBalance hours) {}
