package dev.triad.privacy;

import dev.triad.account.CurrentUser;
import dev.triad.audit.AuditKind;
import dev.triad.audit.AuditTrail;
import dev.triad.engagement.EngagementDirectory;
import dev.triad.engagement.EngagementService;
import dev.triad.engagement.PersonalData;
import dev.triad.system.Days;
import dev.triad.system.ForbiddenException;
import dev.triad.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * HR's side of data rights: closed engagements whose retention period has passed since they closed, and erasing their
 * personal content. Every module holding content erases its own ({@link PersonalData#erase}); the engagement is then
 * marked erased, and HR's action written to the audit log (who, which engagement, when; never content), all in one
 * transaction. The rules are checked here, whatever page or request asks: HR only, closed, past retention, once.
 */
@Service
public class Retention {

    /** At most this many engagements are listed per part of the page (past retention, erased lately). */
    static final int LIST_LIMIT = 200;

    private final RetentionQueries queries;
    private final EngagementDirectory engagements;
    private final EngagementService engagementWrites;
    private final ObjectProvider<PersonalData> modules;
    private final RetentionProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    Retention(
            RetentionQueries queries,
            EngagementDirectory engagements,
            EngagementService engagementWrites,
            ObjectProvider<PersonalData> modules,
            RetentionProperties properties,
            AuditTrail audit,
            Clock clock) {
        this.queries = queries;
        this.engagements = engagements;
        this.engagementWrites = engagementWrites;
        this.modules = modules;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** A closed engagement as the retention page shows it: facts only. */
    public record ClosedEngagement(
            Long id,
            String client,
            String programme,
            String coach,
            String closure,
            Instant closedAt,
            LocalDate closedOn,
            LocalDate erasableOn,
            LocalDate erasedOn) {}

    public record RetentionPage(
            String period,
            List<ClosedEngagement> due,
            long waiting,
            LocalDate nextErasableOn,
            List<ClosedEngagement> erased) {}

    /** The engagement for the confirmation step, with whether (and why not) it may be erased now. */
    public record Candidate(ClosedEngagement engagement, String period, String refusal) {
        public boolean erasable() {
            return refusal == null;
        }
    }

    /** Refused: the engagement is not closed, not yet past retention, or already erased. HTTP 409. */
    public static class ErasureRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ErasureRefused(String message) {
            super(message);
        }
    }

    Period period() {
        return properties.period();
    }

    /**
     * Engagements that closed before this instant are past retention today: those closed on or before the day the
     * period ago (in days, so that the list and {@link #erase} agree with the dates the pages show).
     */
    private Instant cutoff() {
        return LocalDate.now(clock)
                .minus(period())
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toInstant();
    }

    @Transactional(readOnly = true)
    public RetentionPage page(CurrentUser me) {
        requireHr(me);
        Instant cutoff = cutoff();
        return new RetentionPage(
                properties.text(),
                queries.due(cutoff, LIST_LIMIT),
                queries.waitingCount(cutoff),
                queries.nextClosedAfter(cutoff)
                        .map(ClosedEngagement::erasableOn)
                        .orElse(null),
                queries.erased(LIST_LIMIT));
    }

    /**
     * How many engagements HR may erase (the home page's line). Counting looks at every closed engagement's history
     * (20 ms with 4,000 closed), and HR's home page asks on every visit, while the answer changes only as days pass or
     * HR erases: it is worked out at most once a minute, and afresh after an erasure.
     */
    @Transactional(readOnly = true)
    public long dueCount() {
        DueCount known = dueCount;
        Instant now = clock.instant();
        if (known == null || !now.isBefore(known.countedAt().plus(DUE_COUNT_FRESH_FOR))) {
            known = new DueCount(queries.dueCount(cutoff()), now);
            dueCount = known;
        }
        return known.due();
    }

    private static final java.time.Duration DUE_COUNT_FRESH_FOR = java.time.Duration.ofMinutes(1);

    private record DueCount(long due, Instant countedAt) {}

    private volatile DueCount dueCount;

    @Transactional(readOnly = true)
    public Candidate candidate(Long engagementId, CurrentUser me) {
        requireHr(me);
        ClosedEngagement engagement = queries.one(engagementId).orElseThrow(() -> new NotFoundException("Engagement"));
        return new Candidate(engagement, properties.text(), refusal(engagement));
    }

    /**
     * Erases the engagement's personal content.
     *
     * @throws ForbiddenException when {@code me} is not HR
     * @throws ErasureRefused     when it is not closed, not past retention, or already erased
     */
    @Transactional
    public void erase(Long engagementId, String reason, CurrentUser me) {
        requireHr(me);
        dueCount = null;
        engagements
                .lockById(engagementId)
                .orElseThrow(() -> new NotFoundException("Engagement")); // held until the erasure commits
        ClosedEngagement facts = queries.one(engagementId).orElseThrow(() -> new NotFoundException("Engagement"));
        String refusal = refusal(facts);
        if (refusal != null) {
            throw new ErasureRefused(refusal);
        }
        modules.orderedStream().forEach(module -> module.erase(engagementId));
        engagementWrites.markErased(engagementId, LocalDate.now(clock));
        audit.record(
                AuditKind.ERASED,
                me.email(),
                "engagement " + engagementId,
                "Closed on " + facts.closedOn() + ", retention " + period()
                        + (reason == null || reason.isBlank() ? "" : "; reason: " + reason.strip()));
    }

    private String refusal(ClosedEngagement engagement) {
        if (engagement.erasedOn() != null) {
            return "This engagement’s personal content was already erased on " + Days.of(engagement.erasedOn()) + ".";
        }
        if (engagement.closedAt() == null) {
            return "This engagement is not closed: only a closed engagement’s personal content can be erased.";
        }
        if (engagement.erasableOn().isAfter(LocalDate.now(clock))) {
            return "This engagement closed on " + Days.of(engagement.closedOn()) + ": its content is kept for "
                    + properties.text() + " after closing, so it can be erased from " + Days.of(engagement.erasableOn())
                    + ".";
        }
        return null;
    }

    private static void requireHr(CurrentUser me) {
        if (!me.isHr()) {
            throw new ForbiddenException("Only HR erases an engagement’s personal content");
        }
    }
}
