package dev.triad.alignment;

import dev.triad.engagement.Participation;
import dev.triad.system.RuleMessages;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The three-party confirmation of an alignment meeting's outcome, and its versions, without a database. */
class OutcomeConfirmationUnitTest {

    static final Instant START = Instant.parse("2026-05-04T09:00:00Z");
    static final Instant LATER = START.plusSeconds(3600);
    static final OutcomeText FIRST =
            new OutcomeText("Delegate the budget review", "Two reviews run by the team", ReportCadence.MONTHLY);
    static final OutcomeText SECOND = new OutcomeText(
            "Delegate the budget review and the hiring", "Two reviews, one hire", ReportCadence.MONTHLY);

    static AlignmentMeeting meeting(MeetingKind kind) {
        AlignmentMeeting meeting =
                AlignmentMeeting.schedule(5L, kind, START, 60, "Room 4", 30L, START.minusSeconds(86400));
        ReflectionTestUtils.setField(meeting, "id", 11L);
        return meeting;
    }

    static AlignmentOutcome written(AlignmentMeeting meeting) {
        AlignmentOutcome outcome = meeting.writeOutcome(Optional.empty(), FIRST, 30L, LATER);
        ReflectionTestUtils.setField(outcome, "id", 100L);
        return outcome;
    }

    @Test
    void anOutcomeIsPendingUntilClientCoachAndLeaderHaveEachConfirmed() {
        AlignmentOutcome outcome = written(meeting(MeetingKind.INITIAL));
        assertThat(outcome.isPending()).isTrue();
        assertThat(outcome.confirm(Participation.CLIENT, 1L, "Chris Morgan", LATER))
                .isFalse();
        assertThat(outcome.confirm(Participation.COACH, 30L, "Carmen Okafor", LATER.plusSeconds(60)))
                .isFalse();
        assertThat(outcome.isPending())
                .as("two confirmations are still pending")
                .isTrue();
        assertThat(outcome.isConfirmed()).isFalse();
        assertThat(outcome.confirmedAt()).isEmpty();
        assertThat(outcome.awaits(Participation.LEADER)).isTrue();
        assertThat(outcome.awaits(Participation.CLIENT)).isFalse();

        assertThat(outcome.confirm(Participation.LEADER, 2L, "Liam Becker", LATER.plusSeconds(120)))
                .isTrue();
        assertThat(outcome.isConfirmed()).isTrue();
        assertThat(outcome.isPending()).isFalse();
        assertThat(outcome.confirmedAt()).contains(LATER.plusSeconds(120));
        assertThat(outcome.confirmationBy(Participation.LEADER)).get().satisfies(c -> {
            assertThat(c.getUserName()).isEqualTo("Liam Becker");
            assertThat(c.getConfirmedAt()).isEqualTo(LATER.plusSeconds(120));
        });
    }

    @Test
    void eachPartConfirmsOnceAndHrNever() {
        AlignmentOutcome outcome = written(meeting(MeetingKind.INITIAL));
        outcome.confirm(Participation.CLIENT, 1L, "Chris Morgan", LATER);
        assertThatThrownBy(() -> outcome.confirm(Participation.CLIENT, 1L, "Chris Morgan", LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("already"));
        assertThatThrownBy(() -> outcome.confirm(Participation.HR, 9L, "Hannah Reyes", LATER))
                .isInstanceOf(RuleViolation.class);
        assertThat(outcome.getConfirmations()).hasSize(1);
    }

    @Test
    void aConfirmedOutcomeCannotBeEditedAChangeIsANewVersionAndTheOldOneIsKept() {
        AlignmentMeeting meeting = meeting(MeetingKind.INITIAL);
        AlignmentOutcome first = written(meeting);
        first.confirm(Participation.CLIENT, 1L, "Chris Morgan", LATER);
        first.confirm(Participation.COACH, 30L, "Carmen Okafor", LATER);
        first.confirm(Participation.LEADER, 2L, "Liam Becker", LATER);

        assertThatThrownBy(() -> first.rewrite(SECOND, 30L, LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("read-only"));
        assertThat(first.getAgreedGoals()).isEqualTo("Delegate the budget review");

        AlignmentOutcome second = meeting.writeOutcome(Optional.of(first), SECOND, 30L, LATER.plusSeconds(600));
        assertThat(second).isNotSameAs(first);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getAgreedGoals()).isEqualTo("Delegate the budget review and the hiring");
        assertThat(second.isPending()).isTrue();
        assertThat(second.getConfirmations()).isEmpty();
        // the old version stays as it was, confirmed, marked as replaced
        assertThat(first.getAgreedGoals()).isEqualTo("Delegate the budget review");
        assertThat(first.isConfirmed()).isTrue();
        assertThat(first.isSuperseded()).isTrue();
        assertThatThrownBy(() -> first.confirm(Participation.CLIENT, 1L, "Chris Morgan", LATER))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> first.revise(SECOND, 30L, LATER)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aVersionNobodyHasConfirmedIsRewrittenInPlaceButOneConfirmationMakesAChangeANewVersion() {
        AlignmentMeeting meeting = meeting(MeetingKind.MID_POINT);
        AlignmentOutcome first = written(meeting);
        assertThat(meeting.writeOutcome(Optional.of(first), SECOND, 30L, LATER)).isSameAs(first);
        assertThat(first.getNumber()).isEqualTo(1);
        assertThat(first.getAgreedGoals()).startsWith("Delegate the budget review and");

        first.confirm(Participation.LEADER, 2L, "Liam Becker", LATER);
        AlignmentOutcome second = meeting.writeOutcome(Optional.of(first), FIRST, 30L, LATER);
        assertThat(second).isNotSameAs(first);
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(first.confirmationBy(Participation.LEADER)).isPresent();
    }

    @Test
    void theInitialMeetingAgreesOnTheReportingCadence() {
        AlignmentMeeting initial = meeting(MeetingKind.INITIAL);
        assertThatThrownBy(() ->
                        initial.writeOutcome(Optional.empty(), new OutcomeText("Goals", "Measures", null), 30L, LATER))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("reportCadence");
        AlignmentMeeting closing = meeting(MeetingKind.CLOSING);
        assertThat(closing.writeOutcome(Optional.empty(), new OutcomeText("Goals", "Measures", null), 30L, LATER)
                        .getReportCadence())
                .isNull();
    }

    @Test
    void anOutcomeNeedsGoalsAndMeasuresAndACancelledMeetingHasNone() {
        AlignmentMeeting meeting = meeting(MeetingKind.MID_POINT);
        assertThatThrownBy(() ->
                        meeting.writeOutcome(Optional.empty(), new OutcomeText(" ", "Measures", null), 30L, LATER))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("agreedGoals");
        assertThatThrownBy(() -> meeting.writeOutcome(Optional.empty(), new OutcomeText("Goals", "", null), 30L, LATER))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("agreedMeasures");
        meeting.cancel(30L, "The leader is away", LATER);
        assertThatThrownBy(() -> meeting.writeOutcome(Optional.empty(), FIRST, 30L, LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("cancelled"));
    }

    @Test
    void eachKindOfMeetingHasItsOwnChecklistTheInitialOneTheSourcesSixItems() {
        assertThat(MeetingKind.INITIAL.agenda())
                .extracting(AgendaTopic::label)
                .containsExactly(
                        "Clarify roles",
                        "Clarify confidentiality",
                        "Client background and assessments",
                        "Goals",
                        "Organisational constraints, supports and resources",
                        "Agree on measurement, documentation, reporting and evaluation");
        assertThat(MeetingKind.MID_POINT.agenda())
                .extracting(AgendaTopic::label)
                .contains("Progress against the agreed measures", "What has changed");
        assertThat(MeetingKind.CLOSING.agenda())
                .extracting(AgendaTopic::label)
                .contains("Progress against the agreed measures", "What changed", "What sustains it");
        assertThat(meeting(MeetingKind.CLOSING).newChecklist())
                .extracting(AgendaItem::getTopic)
                .containsExactlyElementsOf(MeetingKind.CLOSING.agenda());
    }

    @Test
    void aMovedMeetingKeepsItsCalendarUidWithAHigherSequenceAndACancelledOneChangesNoMore() {
        AlignmentMeeting meeting = meeting(MeetingKind.INITIAL);
        String uid = meeting.getCalendarUid();
        meeting.moveTo(START.plusSeconds(86400), 90, "Room 5", 1L, "Leader travelling", START.minusSeconds(3600));
        assertThat(meeting.getCalendarUid()).isEqualTo(uid);
        assertThat(meeting.getCalendarSequence()).isEqualTo(1);
        assertThat(meeting.getMinutes()).isEqualTo(90);
        meeting.cancel(1L, null, START.minusSeconds(60));
        assertThat(meeting.isCancelled()).isTrue();
        assertThatThrownBy(() -> meeting.moveTo(START.plusSeconds(2 * 86400), 60, null, 1L, null, START))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> meeting.prepareObjectives("x", START)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aProgressReportIsADraftUntilSentAndReadOnlyAfter() {
        ProgressReport report = new ProgressReport(5L, 1L, new ReportText("Delegate", null, null, null), START);
        assertThat(report.isDraft()).isTrue();
        assertThatThrownBy(() -> report.send(LATER))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("done");
        report.write(
                new ReportText("Delegate", "Handed over the review", "The team decided alone", "The hiring"), LATER);
        report.send(LATER);
        assertThat(report.isSent()).isTrue();
        assertThat(report.isUnread()).isTrue();
        assertThatThrownBy(() -> report.write(new ReportText("Changed", "x", "y", "z"), LATER))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("read-only"));
        report.openedByLeader(LATER.plusSeconds(5));
        report.openedByLeader(LATER.plusSeconds(500));
        assertThat(report.getReadAt()).isEqualTo(LATER.plusSeconds(5));
    }

    @Test
    void theNextReportIsDueOnePeriodAfterTheLastOneSentOrAfterTheAgreement() {
        ReportingAgreement agreement =
                new ReportingAgreement(5L, ReportCadence.MONTHLY, java.time.LocalDate.parse("2026-05-04"), 100L);
        assertThat(agreement.nextDue(null)).isEqualTo("2026-06-04");
        assertThat(agreement.nextDue(java.time.LocalDate.parse("2026-05-20"))).isEqualTo("2026-06-20");
        assertThat(agreement.nextDue(java.time.LocalDate.parse("2026-04-20")))
                .as("a report from before the agreement does not count")
                .isEqualTo("2026-06-04");
    }
}
