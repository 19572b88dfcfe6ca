package dev.triad.assessment;

import dev.triad.engagement.EngagementAccess;
import org.springframework.data.domain.Page;

/** "Who has seen my data": a page of the access log, newest first, for the client. */
public record AccessLogPage(EngagementAccess access, Page<AccessLogEntry> entries) {}
