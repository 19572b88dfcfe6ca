package dev.triad.session;

import dev.triad.engagement.Participation;

import java.util.ArrayList;
import java.util.List;

/**
 * Cancellations in a row: "if two appointments are cancelled consecutively, the coach will contact the
 * administrator and time will be deducted". Sessions are taken in order of their start; a held or still
 * scheduled session breaks a run, a session the coach cancelled or that was moved is passed over, and a
 * no-show counts as a cancellation. Pure: it judges a session as it would stand, without changing anything,
 * so that the page announcing a change and the change itself get the same answer.
 */
final class CancellationStreak {

    /** How a session stands to a run of cancellations. */
    enum Attendance {
        /** Cancelled by the client (in time or late) or a no-show. */
        CANCELLATION,
        /** Moved, or cancelled by the coach: a run passes over it. */
        PASSED_OVER,
        /** Held or still scheduled: it ends a run. */
        BREAKS;

        static Attendance of(SessionStatus status, Participation by) {
            return switch (status) {
                case NO_SHOW -> CANCELLATION;
                case CANCELLED, LATE_CANCELLED -> by == Participation.CLIENT ? CANCELLATION : PASSED_OVER;
                case RESCHEDULED -> PASSED_OVER;
                case HELD, SCHEDULED -> BREAKS;
            };
        }
    }

    private CancellationStreak() {}

    /**
     * The run of cancellations {@code session} would belong to if it stood as {@code status}, set by {@code by}: the
     * sessions of the run in order of start, itself included; empty when it would not be a cancellation.
     * {@code byStart} is all the engagement's sessions in order of start, as they stand before the change (a move is
     * judged before the session it books exists, so the judgement does not depend on the time it moves to).
     */
    static List<CoachingSession> runOf(
            List<CoachingSession> byStart, CoachingSession session, SessionStatus status, Participation by) {
        if (Attendance.of(status, by) != Attendance.CANCELLATION) {
            return List.of();
        }
        int at = indexOf(byStart, session);
        List<CoachingSession> before = new ArrayList<>();
        for (int i = at - 1; i >= 0; i--) {
            CoachingSession other = byStart.get(i);
            Attendance attendance = Attendance.of(other.getStatus(), other.getOutcomeByRole());
            if (attendance == Attendance.BREAKS) {
                break;
            }
            if (attendance == Attendance.CANCELLATION) {
                before.add(0, other);
            }
        }
        List<CoachingSession> run = new ArrayList<>(before);
        run.add(session);
        for (int i = at + 1; i < byStart.size(); i++) {
            CoachingSession other = byStart.get(i);
            Attendance attendance = Attendance.of(other.getStatus(), other.getOutcomeByRole());
            if (attendance == Attendance.BREAKS) {
                break;
            }
            if (attendance == Attendance.CANCELLATION) {
                run.add(other);
            }
        }
        return List.copyOf(run);
    }

    private static int indexOf(List<CoachingSession> sessions, CoachingSession wanted) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i) == wanted) {
                return i;
            }
        }
        throw new IllegalArgumentException("The session must be among the engagement's sessions");
    }
}
