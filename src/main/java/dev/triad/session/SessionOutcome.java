package dev.triad.session;

import dev.triad.engagement.HoursEntry;
import dev.triad.system.Numbers;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a change to a session comes to, decided once by {@link CancellationPolicy#decide}: the page that announces it
 * before the person confirms, the confirmation message, the email, the ledger lines and HR's alert all read it here.
 *
 * @param status      where the session will stand
 * @param charges     the lines it puts on the hours ledger (the session held, a late cancellation, a no-show, a run)
 * @param inARow      the length of the run of cancellations it belongs to (0 when it is not a client cancellation)
 * @param runCounts   whether the run reached the programme's threshold
 * @param alertsHr    whether HR is alerted: the run reached the threshold and has not alerted before
 * @param run         the sessions of that run, itself included
 */
public record SessionOutcome(
        SessionStatus status,
        List<Charge> charges,
        int inARow,
        boolean runCounts,
        boolean alertsHr,
        List<CoachingSession> run) {

    /** One line on the hours ledger. */
    public record Charge(HoursEntry.Kind kind, BigDecimal hours) {}

    /** The hours taken from the client's contract for anything but a session held. */
    public BigDecimal deductedHours() {
        return charges.stream()
                .filter(c -> c.kind() != HoursEntry.Kind.SESSION_HELD)
                .map(Charge::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public boolean deducts() {
        return deductedHours().signum() > 0;
    }

    public boolean late() {
        return status == SessionStatus.LATE_CANCELLED;
    }

    /** Deducted only because it makes a run of cancellations (in time on its own). */
    public boolean deductedForTheRun() {
        return charges.stream().anyMatch(c -> c.kind() == HoursEntry.Kind.CONSECUTIVE_CANCELLATION);
    }

    /** The kind of the outcome's main ledger line, if it has one (for pages to say what goes on the ledger). */
    public String ledgerKind() {
        return charges.isEmpty() ? "" : charges.get(0).kind().name();
    }

    /** The deducted hours as pages show them ("1", "1.5"). */
    public String deductedHoursText() {
        return Numbers.plain(deductedHours());
    }

    public String hoursText() {
        return Numbers.plain(charges.stream().map(Charge::hours).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
