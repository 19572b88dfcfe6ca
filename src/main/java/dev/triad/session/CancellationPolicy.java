package dev.triad.session;

import dev.triad.engagement.HoursEntry;
import dev.triad.programme.Programme;
import dev.triad.session.SessionOutcome.Charge;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's rule, with the programme's numbers: "Client will give 48 hours notice for cancellations";
 * "if two appointments are cancelled consecutively … time will be deducted". {@link #decide} is the one place
 * that says what a change to a session costs: pages preview it and the service carries it out.
 */
public record CancellationPolicy(Duration notice, int consecutiveThreshold) {

    public static final CancellationPolicy DEFAULT = new CancellationPolicy(
            Duration.ofHours(Programme.DEFAULT_NOTICE_HOURS), Programme.DEFAULT_CONSECUTIVE_THRESHOLD);

    public static CancellationPolicy of(Programme programme) {
        return new CancellationPolicy(
                Duration.ofHours(programme.getCancellationNoticeHours()),
                programme.getConsecutiveCancellationThreshold());
    }

    /** A cancellation is late when it comes less than the notice before the start (47h59 is late, 48h00 is not). */
    public boolean isLate(Instant startsAt, Instant cancelledAt) {
        return Duration.between(cancelledAt, startsAt).compareTo(notice) < 0;
    }

    public long noticeHours() {
        return notice.toHours();
    }

    /** Where a session stands after {@code change} made at {@code at}: a client's short notice makes it late. */
    SessionStatus statusAfter(SessionChange change, Instant startsAt, Instant at) {
        return switch (change) {
            case HOLD, CORRECT_TO_HELD -> SessionStatus.HELD;
            case NO_SHOW, CORRECT_TO_NO_SHOW -> SessionStatus.NO_SHOW;
            case CANCEL_BY_CLIENT -> isLate(startsAt, at) ? SessionStatus.LATE_CANCELLED : SessionStatus.CANCELLED;
            case CANCEL_BY_COACH, CORRECT_TO_NOT_HELD -> SessionStatus.CANCELLED;
            case MOVE_BY_CLIENT -> isLate(startsAt, at) ? SessionStatus.LATE_CANCELLED : SessionStatus.RESCHEDULED;
            case MOVE_BY_COACH -> SessionStatus.RESCHEDULED;
        };
    }

    /**
     * What {@code change}, made at {@code at}, does to {@code session} among the engagement's sessions in order of
     * start ({@code byStart}, the session included as it stands now): its new status, its lines on the ledger, and
     * the run of cancellations it makes. Changes nothing.
     * <ul>
     *     <li>held: its time is used; late cancellation or no-show: its time is deducted;</li>
     *     <li>a client cancellation or no-show that makes a run of {@link #consecutiveThreshold} deducts its time
     *     (once: not again when already deducted as late or missed) and alerts HR if no session of the run has;</li>
     *     <li>a coach's cancellation or move never costs the client, nor does a move in time.</li>
     * </ul>
     */
    public SessionOutcome decide(
            CoachingSession session, SessionChange change, Instant at, List<CoachingSession> byStart) {
        SessionStatus status = statusAfter(change, session.getStartsAt(), at);
        List<Charge> charges = new ArrayList<>();
        switch (status) {
            case HELD -> charges.add(new Charge(HoursEntry.Kind.SESSION_HELD, session.hours()));
            case NO_SHOW -> charges.add(new Charge(HoursEntry.Kind.NO_SHOW, session.hours()));
            case LATE_CANCELLED -> charges.add(new Charge(HoursEntry.Kind.LATE_CANCELLATION, session.hours()));
            default -> {}
        }
        List<CoachingSession> run = CancellationStreak.runOf(byStart, session, status, change.by());
        boolean runCounts = !run.isEmpty() && run.size() >= consecutiveThreshold;
        if (runCounts && charges.isEmpty()) {
            charges.add(new Charge(HoursEntry.Kind.CONSECUTIVE_CANCELLATION, session.hours()));
        }
        boolean alertsHr = runCounts && run.stream().noneMatch(CoachingSession::isInAttendanceAlert);
        return new SessionOutcome(status, List.copyOf(charges), run.size(), runCounts, alertsHr, run);
    }
}
