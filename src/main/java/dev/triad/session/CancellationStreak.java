package dev.triad.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancellations in a row: "if two appointments are cancelled consecutively, the coach will contact the
 * administrator and time will be deducted". Sessions are taken in order of their start; a held or still
 * scheduled session breaks a run, a session the coach cancelled or that was moved is passed over, and a
 * no-show counts as a cancellation.
 */
final class CancellationStreak {

    /**
     * What a newly settled cancellation means.
     *
     * @param run    the sessions in the run of cancellations it belongs to, itself included
     * @param deduct whether its time is now deducted for being part of a run (it was not deducted already)
     * @param alert  whether HR must be alerted: the run reached the threshold and has not alerted before
     */
    record Verdict(List<CoachingSession> run, boolean deduct, boolean alert) {
        int length() {
            return run.size();
        }
    }

    private CancellationStreak() {
    }

    /**
     * Judges {@code settled}, a session just cancelled by the client or marked as a no-show, among all the
     * engagement's sessions in order of start. Marks the run's sessions as alerted when it reaches the threshold.
     */
    static Verdict judge(List<CoachingSession> byStart, CoachingSession settled, int threshold) {
        int at = indexOf(byStart, settled);
        List<CoachingSession> run = new ArrayList<>();
        run.add(settled);
        int before = at - 1;
        while (before >= 0 && continuesRun(byStart.get(before), run)) {
            before--;
        }
        int after = at + 1;
        while (after < byStart.size() && continuesRun(byStart.get(after), run)) {
            after++;
        }
        if (!settled.isClientCancellation() || run.size() < threshold) {
            return new Verdict(List.copyOf(run), false, false);
        }
        boolean alert = run.stream().noneMatch(CoachingSession::isInAttendanceAlert);
        run.forEach(CoachingSession::markInAttendanceAlert);
        return new Verdict(List.copyOf(run), !settled.isDeducted(), alert);
    }

    /** Whether the run goes on through {@code next}; adds it to the run when it is a cancellation. */
    private static boolean continuesRun(CoachingSession next, List<CoachingSession> run) {
        if (next.isNeutralForAttendance()) {
            return true;
        }
        if (next.isClientCancellation()) {
            run.add(next);
            return true;
        }
        return false;
    }

    private static int indexOf(List<CoachingSession> sessions, CoachingSession wanted) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("The settled session must be among the engagement's sessions");
    }
}
