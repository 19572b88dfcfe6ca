package dev.triad.engagement;

import dev.triad.account.CurrentUser;
import dev.triad.account.People;
import dev.triad.account.User;
import dev.triad.system.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An engagement's hours ledger: every held session, deduction and adjustment is a line; hours used and
 * remaining are derived from the lines, never typed in.
 */
@Service
public class HoursLedger {

    static final BigDecimal MAX_ADJUSTMENT = new BigDecimal("500");

    private final HoursEntries entries;
    private final EngagementAccessPolicy policy;
    private final People users;
    private final Clock clock;

    HoursLedger(HoursEntries entries, EngagementAccessPolicy policy, People users, Clock clock) {
        this.entries = entries;
        this.policy = policy;
        this.users = users;
        this.clock = clock;
    }

    /** The ledger as one participant may see it: every line, the balance, and who recorded each line. */
    public record Ledger(
            EngagementAccess access, HoursBalance balance, List<HoursEntry> lines, Map<Long, String> recordedBy) {

        public String recorderOf(HoursEntry line) {
            return line.getRecordedById() == null ? "" : recordedBy.getOrDefault(line.getRecordedById(), "");
        }
    }

    /** A line written by the module whose rule caused it (a session held, a late cancellation …), in its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public HoursEntry record(
            Long engagementId, HoursEntry.Kind kind, BigDecimal hours, String note, Long sessionId, Long byId) {
        if (kind == HoursEntry.Kind.ADJUSTMENT) {
            throw new IllegalArgumentException("Adjustments are made by HR through adjust()");
        }
        return entries.save(new HoursEntry(engagementId, kind, hours, note, byId, clock.instant(), sessionId));
    }

    /**
     * A session's outcome was corrected: each of its lines still in force is reversed by a correction line (both stay
     * on the ledger), in the transaction of the module that corrected it. Returns the reversals.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<HoursEntry> reverseSessionLines(Long sessionId, String note, Long byId) {
        return entries.inForceForSession(sessionId).stream()
                .map(line -> entries.save(line.reversal(note, byId, clock.instant())))
                .toList();
    }

    /** A session's lines still in force (for the page that previews a correction). */
    @Transactional(readOnly = true)
    public List<HoursEntry> inForceForSession(Long sessionId) {
        return entries.inForceForSession(sessionId);
    }

    /** A manual adjustment by HR, with a reason: positive hours use time, negative hours give time back. */
    @Transactional
    public HoursEntry adjust(Long engagementId, BigDecimal hours, String reason, CurrentUser by) {
        EngagementAccess access = policy.require(engagementId, by, EngagementAction.ADJUST_HOURS);
        if (hours == null || hours.signum() == 0) {
            throw new RuleViolation("hours", "engagement.hours.adjustment.missing");
        }
        if (hours.abs().compareTo(MAX_ADJUSTMENT) > 0) {
            throw new RuleViolation("hours", "engagement.hours.adjustment.tooLarge");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "engagement.hours.reason.missing");
        }
        return entries.save(new HoursEntry(
                engagementId, HoursEntry.Kind.ADJUSTMENT, hours, reason.strip(), by.id(), clock.instant(), null));
    }

    /** The ledger for a page that offers {@code action} (the adjustment form, sent back): refused to whoever may not take it. */
    @Transactional(readOnly = true)
    public Ledger ledgerFor(Long engagementId, EngagementAction action, CurrentUser viewer) {
        policy.requireOffered(engagementId, viewer, action);
        return ledger(engagementId, viewer);
    }

    @Transactional(readOnly = true)
    public Ledger ledger(Long engagementId, CurrentUser viewer) {
        EngagementAccess access = policy.require(engagementId, viewer, EngagementContent.FACTS);
        List<HoursEntry> lines = entries.ledgerOf(engagementId);
        List<Long> recorders = lines.stream()
                .map(HoursEntry::getRecordedById)
                .filter(id -> id != null)
                .distinct()
                .toList();
        Map<Long, String> names = recorders.isEmpty()
                ? Map.of()
                : users.findAllById(recorders).stream()
                        .collect(Collectors.toMap(User::getId, User::getFullName, (a, b) -> a));
        return new Ledger(access, balanceOf(access.engagement()), lines, names);
    }

    @Transactional(readOnly = true)
    public HoursBalance balanceOf(Engagement engagement) {
        return HoursBalance.of(engagement, entries);
    }
}
