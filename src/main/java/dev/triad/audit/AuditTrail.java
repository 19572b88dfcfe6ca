package dev.triad.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Writes and reads the audit log. {@link #record} joins the caller's transaction, so an entry exists if and only if
 * the change it records commits. Say who did what to which record ("engagement 42", "person 17") and never what a
 * confidential record says.
 */
@Service
public class AuditTrail {

    private final AuditEntries entries;
    private final Clock clock;

    AuditTrail(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** An entry by {@code actorEmail}. */
    @Transactional
    public void record(AuditKind kind, String actorEmail, String subject, String details) {
        recordFrom(kind, actorEmail, subject, details, null);
    }

    /** An entry by the signed-in person (or "system" when nobody is signed in, as in a scheduled job or set-up). */
    @Transactional
    public void recordBySignedIn(AuditKind kind, String subject, String details) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        String actor = signedIn == null || !signedIn.isAuthenticated() ? "system" : signedIn.getName();
        recordFrom(kind, actor, subject, details, null);
    }

    /** The same, with the client address (sign-ins). */
    @Transactional
    public void recordFrom(AuditKind kind, String actorEmail, String subject, String details, String address) {
        entries.save(new AuditEntry(clock.instant(), kind, actorEmail, subject, details, address));
    }

    /** HR's filter: a kind, part of the actor's email, and days from and to (inclusive), each optional. */
    public record Filter(AuditKind kind, String actor, LocalDate from, LocalDate to) {}

    @Transactional(readOnly = true)
    public Page<AuditEntry> search(Filter filter, Pageable pageable) {
        ZoneId zone = clock.getZone();
        Instant from = filter.from() == null
                ? Instant.EPOCH
                : filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to() == null
                ? Instant.parse("9999-01-01T00:00:00Z")
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        String actor = filter.actor() == null || filter.actor().isBlank()
                ? null
                : "%"
                        + filter.actor()
                                .strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        return entries.search(filter.kind(), actor, from, until, pageable);
    }
}
