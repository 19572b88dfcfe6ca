package dev.triad.goal;

import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a step is overdue, and how its status changes. */
class ActionStepTest {

    static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");

    static ActionStep dueOn(LocalDate dueOn) {
        return new ActionStep(1L, null, null, null, "Ask two peers for feedback", dueOn, null, NOW);
    }

    @Test
    void anOpenStepDueBeforeTodayIsOverdue() {
        assertThat(dueOn(TODAY.minusDays(1)).isOverdueOn(TODAY)).isTrue();
    }

    @Test
    void aStepDueTodayOrLaterIsNotOverdue() {
        assertThat(dueOn(TODAY).isOverdueOn(TODAY)).isFalse();
        assertThat(dueOn(TODAY.plusDays(3)).isOverdueOn(TODAY)).isFalse();
    }

    @Test
    void aDoneOrDroppedStepIsNeverOverdue() {
        ActionStep done = dueOn(TODAY.minusDays(5));
        done.changeStatus(ActionStepStatus.DONE, NOW);
        assertThat(done.isOverdueOn(TODAY)).isFalse();
        ActionStep dropped = dueOn(TODAY.minusDays(5));
        dropped.changeStatus(ActionStepStatus.DROPPED, NOW);
        assertThat(dropped.isOverdueOn(TODAY)).isFalse();
    }

    @Test
    void aReopenedStepIsOverdueAgainAndForgetsWhenItWasDone() {
        ActionStep step = dueOn(TODAY.minusDays(5));
        step.changeStatus(ActionStepStatus.DONE, NOW);
        assertThat(step.getCompletedAt()).isEqualTo(NOW);
        step.changeStatus(ActionStepStatus.OPEN, NOW);
        assertThat(step.getCompletedAt()).isNull();
        assertThat(step.isOverdueOn(TODAY)).isTrue();
    }

    @Test
    void aStepNeedsADescriptionAndADueDate() {
        assertThatThrownBy(() -> dueOn(null))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("dueOn");
        assertThatThrownBy(() -> new ActionStep(1L, null, null, null, "  ", TODAY, null, NOW))
                .isInstanceOf(RuleViolation.class)
                .extracting("field")
                .isEqualTo("description");
    }

    @Test
    void statusesAreReadFromRequestsWhateverTheirCase() {
        assertThat(ActionStepStatus.parse("done")).contains(ActionStepStatus.DONE);
        assertThat(ActionStepStatus.parse(" Dropped ")).contains(ActionStepStatus.DROPPED);
        assertThat(ActionStepStatus.parse("finished")).isEmpty();
        assertThat(ActionStepStatus.parse(null)).isEmpty();
    }
}
