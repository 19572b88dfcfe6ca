package dev.triad.session;

import dev.triad.engagement.HoursEntry.Kind;
import dev.triad.engagement.Participation;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cancellation policy, case by case (issue 16, point 7). Each case asks {@link CancellationPolicy#decide} what a
 * change would come to — what the page shows before the person confirms — then makes the change as the service
 * does and checks that the outcome is the one announced: the status, the ledger lines, the run and HR's alert.
 */
class CancellationPolicyUnitTest {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final CancellationPolicy POLICY = CancellationPolicy.DEFAULT;
    static final long CLIENT = 1L;
    static final long COACH = 2L;

    final List<CoachingSession> sessions = new ArrayList<>();
    CancellationPolicy policy = POLICY;

    CoachingSession session(Instant startsAt) {
        CoachingSession session = CoachingSession.schedule(
                7L, startsAt, 60, SessionFormat.VIDEO, null, COACH, startsAt.minus(Duration.ofDays(30)));
        sessions.add(session);
        return session;
    }

    CoachingSession weekly(int week) {
        return session(START.plus(Duration.ofDays(7L * week)));
    }

    List<CoachingSession> byStart() {
        sessions.sort(Comparator.comparing(CoachingSession::getStartsAt));
        return sessions;
    }

    /** The preview, then the act as the service carries it out; the outcome must be what was announced. */
    SessionOutcome previewThenDo(CoachingSession session, SessionChange change, Instant at) {
        SessionOutcome preview = policy.decide(session, change, at, byStart());
        switch (change) {
            case HOLD -> session.hold(COACH, at);
            case NO_SHOW -> session.noShow(COACH, at);
            case CANCEL_BY_CLIENT, CANCEL_BY_COACH ->
                session.cancel(change.by(), change.by() == Participation.CLIENT ? CLIENT : COACH, at, null, policy);
            case MOVE_BY_CLIENT, MOVE_BY_COACH ->
                sessions.add(session.moveTo(
                        session.getStartsAt().plus(Duration.ofDays(60)),
                        change.by(),
                        change.by() == Participation.CLIENT ? CLIENT : COACH,
                        at,
                        null,
                        policy));
            case CORRECT_TO_HELD -> session.correct(SessionStatus.HELD, COACH, at, "Mistake", Duration.ofDays(14));
            case CORRECT_TO_NO_SHOW ->
                session.correct(SessionStatus.NO_SHOW, COACH, at, "Mistake", Duration.ofDays(14));
            case CORRECT_TO_NOT_HELD ->
                session.correct(SessionStatus.CANCELLED, COACH, at, "Mistake", Duration.ofDays(14));
        }
        if (preview.runCounts()) {
            preview.run().forEach(CoachingSession::markInAttendanceAlert);
        }
        assertThat(session.getStatus()).as("the outcome is the one announced").isEqualTo(preview.status());
        assertThat(session.isClientCancellation()).isEqualTo(preview.inARow() > 0);
        return preview;
    }

    SessionOutcome clientCancels(CoachingSession session, Instant at) {
        return previewThenDo(session, SessionChange.CANCEL_BY_CLIENT, at);
    }

    SessionOutcome clientCancelsInTime(CoachingSession session) {
        return clientCancels(session, session.getStartsAt().minus(Duration.ofDays(5)));
    }

    SessionOutcome clientCancelsLate(CoachingSession session) {
        return clientCancels(session, session.getStartsAt().minus(Duration.ofHours(2)));
    }

    SessionOutcome noShow(CoachingSession session) {
        return previewThenDo(
                session, SessionChange.NO_SHOW, session.getStartsAt().plus(Duration.ofMinutes(20)));
    }

    SessionOutcome held(CoachingSession session) {
        return previewThenDo(session, SessionChange.HOLD, session.getStartsAt().plus(Duration.ofMinutes(60)));
    }

    static List<Kind> kinds(SessionOutcome outcome) {
        return outcome.charges().stream().map(SessionOutcome.Charge::kind).toList();
    }

    @Test
    void aClientCancellingInTimeIsAnnouncedAndRecordedAsFree() {
        SessionOutcome outcome = clientCancelsInTime(session(START));
        assertThat(outcome.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(outcome.charges()).isEmpty();
        assertThat(outcome.deducts()).isFalse();
        assertThat(outcome.alertsHr()).isFalse();
        assertThat(outcome.inARow()).isEqualTo(1);
    }

    @Test
    void aClientCancelling47Hours59MinutesBeforeTheStartCancelsLateAndExactly48HoursInTime() {
        SessionOutcome late =
                clientCancels(session(START), START.minus(Duration.ofHours(47).plusMinutes(59)));
        assertThat(late.status()).isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(kinds(late)).containsExactly(Kind.LATE_CANCELLATION);
        assertThat(late.deductedHours()).isEqualByComparingTo("1");

        SessionOutcome inTime = clientCancels(
                session(START.plus(Duration.ofDays(7))),
                START.plus(Duration.ofDays(7)).minus(Duration.ofHours(48)));
        assertThat(inTime.status()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void aClientCancellingAfterTheStartCancelsLate() {
        assertThat(clientCancels(session(START), START.plus(Duration.ofMinutes(5)))
                        .status())
                .isEqualTo(SessionStatus.LATE_CANCELLED);
    }

    @Test
    void aCancellationInTimeAfterALateOneIsDeductedForTheRunAndAlertsHrAndIsAnnouncedSo() {
        clientCancelsLate(weekly(0));
        SessionOutcome second =
                clientCancels(weekly(1), START.plus(Duration.ofDays(7)).minus(Duration.ofDays(3)));
        assertThat(second.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(second.late()).isFalse();
        assertThat(second.deducts())
                .as("the page must not say 'no time is deducted'")
                .isTrue();
        assertThat(second.deductedForTheRun()).isTrue();
        assertThat(kinds(second)).containsExactly(Kind.CONSECUTIVE_CANCELLATION);
        assertThat(second.alertsHr()).isTrue();
        assertThat(second.inARow()).isEqualTo(2);
    }

    @Test
    void theSecondCancellationInARowAlertsOnceAndEveryFurtherOneCostsItsTime() {
        assertThat(clientCancelsInTime(weekly(0)).alertsHr()).isFalse();
        SessionOutcome two = clientCancelsInTime(weekly(1));
        assertThat(two.alertsHr()).isTrue();
        assertThat(kinds(two)).containsExactly(Kind.CONSECUTIVE_CANCELLATION);
        SessionOutcome three = clientCancelsInTime(weekly(2));
        assertThat(three.alertsHr()).as("the same run alerts only once").isFalse();
        assertThat(kinds(three))
                .as("every further cancellation in the run costs its time")
                .containsExactly(Kind.CONSECUTIVE_CANCELLATION);
        assertThat(three.inARow()).isEqualTo(3);
    }

    @Test
    void aLateSecondCancellationIsDeductedOnceNotTwice() {
        clientCancelsInTime(weekly(0));
        SessionOutcome second = clientCancelsLate(weekly(1));
        assertThat(kinds(second)).containsExactly(Kind.LATE_CANCELLATION);
        assertThat(second.alertsHr()).isTrue();
    }

    @Test
    void aCoachCancellingAtTheLastMinuteNeverCostsTheClientAndIsPassedOverByARun() {
        clientCancelsInTime(weekly(0));
        CoachingSession coachCancelled = weekly(1);
        SessionOutcome coach = previewThenDo(
                coachCancelled,
                SessionChange.CANCEL_BY_COACH,
                coachCancelled.getStartsAt().minus(Duration.ofMinutes(10)));
        assertThat(coach.status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(coach.charges()).isEmpty();
        assertThat(coach.inARow()).isZero();
        assertThat(coach.alertsHr()).isFalse();
        assertThat(clientCancelsInTime(weekly(2)).alertsHr())
                .as("the coach's cancellation does not break the run")
                .isTrue();
    }

    @Test
    void movesInTimeAndTheCoachsMovesCostNothingAndArePassedOver() {
        clientCancelsInTime(weekly(0));
        CoachingSession movedByClient = weekly(1);
        SessionOutcome inTime = previewThenDo(
                movedByClient,
                SessionChange.MOVE_BY_CLIENT,
                movedByClient.getStartsAt().minus(Duration.ofDays(3)));
        assertThat(inTime.status()).isEqualTo(SessionStatus.RESCHEDULED);
        assertThat(inTime.charges()).isEmpty();
        CoachingSession movedByCoach = weekly(2);
        SessionOutcome coach = previewThenDo(
                movedByCoach,
                SessionChange.MOVE_BY_COACH,
                movedByCoach.getStartsAt().minus(Duration.ofHours(1)));
        assertThat(coach.status()).isEqualTo(SessionStatus.RESCHEDULED);
        assertThat(coach.charges()).isEmpty();
        assertThat(clientCancelsInTime(weekly(3)).alertsHr()).isTrue();
    }

    @Test
    void aClientMovingAtShortNoticeCancelsLateAndAfterACancellationMakesARun() {
        clientCancelsInTime(weekly(0));
        CoachingSession session = weekly(1);
        SessionOutcome moved = previewThenDo(
                session, SessionChange.MOVE_BY_CLIENT, session.getStartsAt().minus(Duration.ofHours(30)));
        assertThat(moved.status()).isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(kinds(moved)).containsExactly(Kind.LATE_CANCELLATION);
        assertThat(moved.alertsHr()).isTrue();
        assertThat(moved.inARow()).isEqualTo(2);
    }

    @Test
    void aNoShowIsDeductedAndCountsAsACancellationInARun() {
        SessionOutcome alone = noShow(weekly(0));
        assertThat(kinds(alone)).containsExactly(Kind.NO_SHOW);
        assertThat(alone.alertsHr()).isFalse();
        SessionOutcome second = noShow(weekly(1));
        assertThat(kinds(second)).as("a no-show is already deducted").containsExactly(Kind.NO_SHOW);
        assertThat(second.alertsHr()).isTrue();
    }

    @Test
    void aHeldSessionPutsItsTimeOnTheLedgerAndBreaksTheRun() {
        clientCancelsInTime(weekly(0));
        SessionOutcome held = held(weekly(1));
        assertThat(kinds(held)).containsExactly(Kind.SESSION_HELD);
        assertThat(held.deducts()).as("a session held is used, not deducted").isFalse();
        SessionOutcome after = clientCancelsInTime(weekly(2));
        assertThat(after.inARow()).isEqualTo(1);
        assertThat(after.charges()).isEmpty();
    }

    @Test
    void aStillScheduledSessionInBetweenBreaksTheRun() {
        clientCancelsInTime(weekly(0));
        weekly(1);
        assertThat(clientCancelsInTime(weekly(2)).alertsHr()).isFalse();
    }

    @Test
    void cancellingAnEarlierSessionJoinsItToALaterCancellation() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        clientCancelsInTime(second);
        SessionOutcome outcome = clientCancelsInTime(first);
        assertThat(outcome.alertsHr()).isTrue();
        assertThat(outcome.run()).containsExactly(first, second);
    }

    @Test
    void cancellingTheFirstOfThreeSessionsJoinsItToBothLaterCancellations() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        CoachingSession third = weekly(2);
        policy = new CancellationPolicy(Duration.ofHours(48), 3);
        clientCancelsInTime(second);
        assertThat(clientCancelsInTime(third).alertsHr()).isFalse();
        SessionOutcome outcome = clientCancelsInTime(first);
        assertThat(outcome.run()).containsExactlyInAnyOrder(first, second, third);
        assertThat(outcome.alertsHr()).isTrue();
    }

    @Test
    void twoRunsSeparatedByAHeldSessionAlertTwice() {
        clientCancelsInTime(weekly(0));
        assertThat(clientCancelsInTime(weekly(1)).alertsHr()).isTrue();
        held(weekly(2));
        clientCancelsInTime(weekly(3));
        assertThat(clientCancelsInTime(weekly(4)).alertsHr()).isTrue();
    }

    @Test
    void theNoticeIsTheProgrammes() {
        policy = new CancellationPolicy(Duration.ofHours(24), 2);
        SessionOutcome outcome = clientCancels(session(START), START.minus(Duration.ofHours(30)));
        assertThat(outcome.status()).isEqualTo(SessionStatus.CANCELLED);
        SessionOutcome late = clientCancels(
                session(START.plus(Duration.ofDays(1))),
                START.plus(Duration.ofDays(1)).minus(Duration.ofHours(23)));
        assertThat(late.status()).isEqualTo(SessionStatus.LATE_CANCELLED);
    }

    @Test
    void theRunLengthIsTheProgrammes() {
        policy = new CancellationPolicy(Duration.ofHours(48), 3);
        assertThat(clientCancelsInTime(weekly(0)).runCounts()).isFalse();
        SessionOutcome two = clientCancelsInTime(weekly(1));
        assertThat(two.alertsHr()).isFalse();
        assertThat(two.charges()).isEmpty();
        SessionOutcome three = clientCancelsInTime(weekly(2));
        assertThat(three.alertsHr()).isTrue();
        assertThat(kinds(three)).containsExactly(Kind.CONSECUTIVE_CANCELLATION);
    }

    @Test
    void correctingAHeldSessionToANoShowAfterACancellationMakesARun() {
        clientCancelsInTime(weekly(0));
        CoachingSession session = weekly(1);
        held(session);
        SessionOutcome corrected = previewThenDo(
                session, SessionChange.CORRECT_TO_NO_SHOW, session.getStartsAt().plus(Duration.ofDays(2)));
        assertThat(kinds(corrected)).containsExactly(Kind.NO_SHOW);
        assertThat(corrected.alertsHr()).isTrue();
    }

    @Test
    void correctingANoShowToHeldOrNotHeldTakesNothingButTheSessionsTime() {
        CoachingSession missed = weekly(0);
        noShow(missed);
        SessionOutcome toHeld = previewThenDo(
                missed, SessionChange.CORRECT_TO_HELD, missed.getStartsAt().plus(Duration.ofDays(1)));
        assertThat(kinds(toHeld)).containsExactly(Kind.SESSION_HELD);
        SessionOutcome notHeld = previewThenDo(
                missed, SessionChange.CORRECT_TO_NOT_HELD, missed.getStartsAt().plus(Duration.ofDays(2)));
        assertThat(notHeld.charges()).isEmpty();
        assertThat(notHeld.inARow()).isZero();
    }

    @Test
    void anOutcomeIsCorrectedOnlyWithAReasonWithinTheWindowAndToAnotherOutcome() {
        CoachingSession session = weekly(0);
        held(session);
        Duration window = Duration.ofDays(14);
        assertThatThrownBy(() ->
                        session.correct(SessionStatus.NO_SHOW, COACH, START.plus(Duration.ofDays(1)), " ", window))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() ->
                        session.correct(SessionStatus.HELD, COACH, START.plus(Duration.ofDays(1)), "Same", window))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.correct(
                        SessionStatus.LATE_CANCELLED, COACH, START.plus(Duration.ofDays(1)), "No", window))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.correct(
                        SessionStatus.NO_SHOW,
                        COACH,
                        START.plus(Duration.ofDays(14)).plusSeconds(1),
                        "Late",
                        window))
                .isInstanceOf(RuleViolation.class);
        session.correct(SessionStatus.NO_SHOW, COACH, START.plus(Duration.ofDays(14)), "They did not come", window);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.NO_SHOW);
        CoachingSession clientCancelled = weekly(1);
        clientCancelsInTime(clientCancelled);
        assertThat(clientCancelled.isCorrectable())
                .as("the client's cancellation is the client's")
                .isFalse();
    }

    @Test
    void movingInTimeKeepsTheCalendarIdentityWithAHigherSequence() {
        CoachingSession session = session(START);
        session.writeAgenda("Delegation", START.minus(Duration.ofDays(6)));
        CoachingSession moved = session.moveTo(
                START.plus(Duration.ofDays(7)),
                Participation.CLIENT,
                CLIENT,
                START.minus(Duration.ofDays(5)),
                null,
                POLICY);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.RESCHEDULED);
        assertThat(moved.getCalendarUid()).isEqualTo(session.getCalendarUid());
        assertThat(moved.getCalendarSequence()).isEqualTo(session.getCalendarSequence() + 1);
        assertThat(moved.getAgenda()).isEqualTo("Delegation");
    }

    @Test
    void nothingIsMovedToATimeThatHasBegunAndAPastSessionIsRecordedHeld() {
        CoachingSession session = session(START);
        Instant now = START.minus(Duration.ofDays(3));
        assertThatThrownBy(() -> session.moveTo(now, Participation.COACH, COACH, now, null, POLICY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() ->
                        CoachingSession.tookPlace(7L, now.plusSeconds(60), 60, SessionFormat.VIDEO, null, COACH, now))
                .isInstanceOf(RuleViolation.class);
        CoachingSession past =
                CoachingSession.tookPlace(7L, now.minus(Duration.ofDays(1)), 60, SessionFormat.VIDEO, null, COACH, now);
        assertThat(past.getStatus()).isEqualTo(SessionStatus.HELD);
    }

    @Test
    void anOutcomeIsSettledOnce() {
        CoachingSession session = session(START);
        held(session);
        assertThatThrownBy(() ->
                        session.cancel(Participation.CLIENT, CLIENT, START.plus(Duration.ofHours(2)), null, POLICY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.writeAgenda("too late", START.plus(Duration.ofHours(2))))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSessionIsHeldOnlyOnceItHasStartedAndSummarisedOnlyOnceHeld() {
        CoachingSession session = session(START);
        assertThatThrownBy(() -> session.hold(COACH, START.minusSeconds(1))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.recordSummary("Summary", START.minusSeconds(1)))
                .isInstanceOf(RuleViolation.class);
        session.hold(COACH, START);
        session.recordSummary("We worked on delegation", START.plus(Duration.ofHours(1)));
        assertThat(session.getSummary()).isEqualTo("We worked on delegation");
    }

    @Test
    void aSessionsHoursAreItsLength() {
        CoachingSession session = CoachingSession.schedule(7L, START, 90, SessionFormat.PHONE, null, COACH, START);
        assertThat(session.hours()).isEqualByComparingTo("1.5");
        assertThatThrownBy(() -> CoachingSession.schedule(7L, START, 10, SessionFormat.PHONE, null, COACH, START))
                .isInstanceOf(RuleViolation.class);
    }
}
