package dev.triad.session;

import java.time.Instant;

/** A session or alert someone should act on, with the client's name for the reminder's text. */
record SessionReminder(Long engagementId, Long itemId, String clientName, Instant at, int count) {}
