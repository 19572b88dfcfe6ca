package dev.triad.engagement;

/** Something of one engagement waiting for someone, for home page reminders: {@code itemId} is the check-in, survey or request. */
public record Pending(Long engagementId, Long itemId, String clientName) {}
