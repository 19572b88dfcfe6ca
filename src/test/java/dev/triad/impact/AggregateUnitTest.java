package dev.triad.impact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md: "No aggregate over fewer than 5 engagements is shown" — at the boundary, without a database. */
class AggregateUnitTest {

    @Test
    void anAggregateOverFourEngagementsIsSuppressedAndHasNoValue() {
        Aggregate<String> four = new Aggregate<>(4, "63");
        assertThat(four.shown()).isFalse();
        assertThat(four.value()).isNull();
        assertThat(new Aggregate<>(0, "x").value()).isNull();
    }

    @Test
    void anAggregateOverFiveEngagementsOrMoreIsShownWithItsValue() {
        assertThat(new Aggregate<>(5, "63").shown()).isTrue();
        assertThat(new Aggregate<>(5, "63").value()).isEqualTo("63");
        assertThat(new Aggregate<>(120, "7").value()).isEqualTo("7");
        assertThat(Aggregate.MINIMUM_ENGAGEMENTS).isEqualTo(5);
    }
}
