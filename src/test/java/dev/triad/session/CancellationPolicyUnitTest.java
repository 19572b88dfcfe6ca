package dev.triad.session;

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

/** The cancellation policy as rules on the domain model, tested at its boundaries. */
class CancellationPolicyUnitTest {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final CancellationPolicy POLICY = CancellationPolicy.DEFAULT;
    static final long CLIENT = 1L;
    static final long COACH = 2L;

    final List<CoachingSession> sessions = new ArrayList<>();

    CoachingSession session(Instant startsAt) {
        CoachingSession session = CoachingSession.schedule(7L, startsAt, 60, SessionFormat.VIDEO, null, COACH, startsAt.minus(Duration.ofDays(30)));
        sessions.add(session);
        return session;
    }

    CoachingSession weekly(int week) {
        return session(START.plus(Duration.ofDays(7L * week)));
    }

    /** As the service does: the engagement's sessions in order of start. */
    CancellationStreak.Verdict judge(CoachingSession settled, int threshold) {
        sessions.sort(Comparator.comparing(CoachingSession::getStartsAt));
        return CancellationStreak.judge(sessions, settled, threshold);
    }

    CancellationStreak.Verdict clientCancels(CoachingSession session, Instant at) {
        session.cancel(Participation.CLIENT, CLIENT, at, null, POLICY);
        return judge(session, POLICY.consecutiveThreshold());
    }

    CancellationStreak.Verdict clientCancelsInTime(CoachingSession session) {
        return clientCancels(session, session.getStartsAt().minus(Duration.ofDays(5)));
    }

    CancellationStreak.Verdict noShow(CoachingSession session) {
        session.noShow(COACH, session.getStartsAt().plus(Duration.ofMinutes(20)));
        return judge(session, POLICY.consecutiveThreshold());
    }

    void held(CoachingSession session) {
        session.hold(COACH, session.getStartsAt().plus(Duration.ofMinutes(60)));
    }

    @Test
    void aClientCancelling47Hours59MinutesBeforeTheStartCancelsLate() {
        CoachingSession session = session(START);
        clientCancels(session, START.minus(Duration.ofHours(47).plusMinutes(59)));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(session.isDeducted()).isTrue();
        assertThat(session.getOutcomeByRole()).isEqualTo(Participation.CLIENT);
    }

    @Test
    void aClientCancellingExactly48HoursBeforeTheStartCancelsInTime() {
        CoachingSession session = session(START);
        clientCancels(session, START.minus(Duration.ofHours(48)));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.isDeducted()).isFalse();
    }

    @Test
    void aClientCancellingAfterTheStartCancelsLate() {
        CoachingSession session = session(START);
        clientCancels(session, START.plus(Duration.ofMinutes(5)));
        assertThat(session.getStatus()).isEqualTo(SessionStatus.LATE_CANCELLED);
    }

    @Test
    void theNoticeIsTheProgrammes() {
        CoachingSession session = session(START);
        CancellationPolicy dayNotice = new CancellationPolicy(Duration.ofHours(24), 2);
        session.cancel(Participation.CLIENT, CLIENT, START.minus(Duration.ofHours(30)), null, dayNotice);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
    }

    @Test
    void aCoachCancellingAtTheLastMinuteNeverCostsTheClient() {
        CoachingSession session = session(START);
        session.cancel(Participation.COACH, COACH, START.minus(Duration.ofMinutes(10)), "Ill", POLICY);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(session.isDeducted()).isFalse();
        assertThat(session.isClientCancellation()).isFalse();
        assertThat(session.getOutcomeNote()).isEqualTo("Ill");
    }

    @Test
    void theSecondCancellationInARowAlertsOnceAndIsDeducted() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        CoachingSession third = weekly(2);

        CancellationStreak.Verdict one = clientCancelsInTime(first);
        assertThat(one.alert()).isFalse();
        assertThat(one.deduct()).isFalse();

        CancellationStreak.Verdict two = clientCancelsInTime(second);
        assertThat(two.alert()).isTrue();
        assertThat(two.deduct()).isTrue();
        assertThat(two.length()).isEqualTo(2);

        CancellationStreak.Verdict three = clientCancelsInTime(third);
        assertThat(three.alert()).as("the same run alerts only once").isFalse();
        assertThat(three.deduct()).as("every further cancellation in the run costs its time").isTrue();
        assertThat(three.length()).isEqualTo(3);
    }

    @Test
    void aLateSecondCancellationIsDeductedOnceNotTwice() {
        clientCancelsInTime(weekly(0));
        CoachingSession second = weekly(1);
        CancellationStreak.Verdict verdict = clientCancels(second, second.getStartsAt().minus(Duration.ofHours(2)));
        assertThat(second.isDeducted()).as("deducted as a late cancellation").isTrue();
        assertThat(verdict.deduct()).as("not deducted a second time for the run").isFalse();
        assertThat(verdict.alert()).isTrue();
    }

    @Test
    void aNoShowCountsAsACancellation() {
        clientCancelsInTime(weekly(0));
        CancellationStreak.Verdict verdict = noShow(weekly(1));
        assertThat(verdict.alert()).isTrue();
        assertThat(verdict.deduct()).as("a no-show is already deducted").isFalse();
    }

    @Test
    void aHeldSessionInBetweenResetsTheCount() {
        clientCancelsInTime(weekly(0));
        held(weekly(1));
        CancellationStreak.Verdict verdict = clientCancelsInTime(weekly(2));
        assertThat(verdict.length()).isEqualTo(1);
        assertThat(verdict.alert()).isFalse();
        assertThat(verdict.deduct()).isFalse();
    }

    @Test
    void aStillScheduledSessionInBetweenBreaksTheRun() {
        clientCancelsInTime(weekly(0));
        weekly(1);
        assertThat(clientCancelsInTime(weekly(2)).alert()).isFalse();
    }

    @Test
    void sessionsTheCoachCancelledOrThatWereMovedArePassedOver() {
        clientCancelsInTime(weekly(0));
        CoachingSession coachCancelled = weekly(1);
        coachCancelled.cancel(Participation.COACH, COACH, coachCancelled.getStartsAt().minus(Duration.ofDays(3)), null, POLICY);
        CoachingSession moved = weekly(2);
        sessions.add(moved.moveTo(START.plus(Duration.ofDays(60)), Participation.COACH, COACH,
                moved.getStartsAt().minus(Duration.ofDays(3)), null, POLICY));
        assertThat(clientCancelsInTime(weekly(3)).alert()).isTrue();
    }

    @Test
    void cancellingAnEarlierSessionJoinsItToALaterCancellation() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        clientCancelsInTime(second);
        CancellationStreak.Verdict verdict = clientCancelsInTime(first);
        assertThat(verdict.alert()).isTrue();
        assertThat(verdict.run()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void cancellingTheFirstOfThreeSessionsJoinsItToBothLaterCancellations() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        CoachingSession third = weekly(2);
        second.cancel(Participation.CLIENT, CLIENT, second.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        third.cancel(Participation.CLIENT, CLIENT, third.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        first.cancel(Participation.CLIENT, CLIENT, first.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        CancellationStreak.Verdict verdict = judge(first, 3);
        assertThat(verdict.run()).containsExactlyInAnyOrder(first, second, third);
        assertThat(verdict.alert()).isTrue();
    }

    @Test
    void twoRunsSeparatedByAHeldSessionAlertTwice() {
        clientCancelsInTime(weekly(0));
        assertThat(clientCancelsInTime(weekly(1)).alert()).isTrue();
        held(weekly(2));
        clientCancelsInTime(weekly(3));
        assertThat(clientCancelsInTime(weekly(4)).alert()).isTrue();
    }

    @Test
    void theThresholdIsTheProgrammes() {
        CoachingSession first = weekly(0);
        CoachingSession second = weekly(1);
        CoachingSession third = weekly(2);
        first.cancel(Participation.CLIENT, CLIENT, first.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        assertThat(judge(first, 3).alert()).isFalse();
        second.cancel(Participation.CLIENT, CLIENT, second.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        assertThat(judge(second, 3).alert()).isFalse();
        third.cancel(Participation.CLIENT, CLIENT, third.getStartsAt().minus(Duration.ofDays(5)), null, POLICY);
        assertThat(judge(third, 3).alert()).isTrue();
    }

    @Test
    void aClientMovingASessionAtShortNoticeCancelsItLate() {
        CoachingSession session = session(START);
        CoachingSession moved = session.moveTo(START.plus(Duration.ofDays(7)), Participation.CLIENT, CLIENT,
                START.minus(Duration.ofHours(30)), "Travel", POLICY);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.LATE_CANCELLED);
        assertThat(moved.getStatus()).isEqualTo(SessionStatus.SCHEDULED);
    }

    @Test
    void movingInTimeKeepsTheCalendarIdentityWithAHigherSequence() {
        CoachingSession session = session(START);
        session.writeAgenda("Delegation", START.minus(Duration.ofDays(6)));
        CoachingSession moved = session.moveTo(START.plus(Duration.ofDays(7)), Participation.CLIENT, CLIENT,
                START.minus(Duration.ofDays(5)), null, POLICY);
        assertThat(session.getStatus()).isEqualTo(SessionStatus.RESCHEDULED);
        assertThat(moved.getCalendarUid()).isEqualTo(session.getCalendarUid());
        assertThat(moved.getCalendarSequence()).isEqualTo(session.getCalendarSequence() + 1);
        assertThat(moved.getAgenda()).isEqualTo("Delegation");
    }

    @Test
    void anOutcomeIsSettledOnce() {
        CoachingSession session = session(START);
        held(session);
        assertThatThrownBy(() -> session.cancel(Participation.CLIENT, CLIENT, START.plus(Duration.ofHours(2)), null, POLICY))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.writeAgenda("too late", START.plus(Duration.ofHours(2))))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void aSessionIsHeldOnlyOnceItHasStartedAndSummarisedOnlyOnceHeld() {
        CoachingSession session = session(START);
        assertThatThrownBy(() -> session.hold(COACH, START.minusSeconds(1))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> session.recordSummary("Summary", START.minusSeconds(1))).isInstanceOf(RuleViolation.class);
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
