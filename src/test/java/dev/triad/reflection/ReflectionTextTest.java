package dev.triad.reflection;

import dev.triad.system.RuleMessages;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReflectionTextTest {

    @Test
    void aReflectionSaysSomethingInAtLeastOnePart() {
        assertThatThrownBy(() -> new ReflectionText(null, "  ", "\n"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.saying("Write something in at least one of the three parts"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("anythingWritten");
        ReflectionText text = new ReflectionText(" ", " Moved the hiring plan. ", null);
        assertThat(text.actionPlanReview()).isNull();
        assertThat(text.goalsAndProgress()).isEqualTo("Moved the hiring plan.");
    }

    @Test
    void eachPartHoldsAtMostFourThousandCharactersCountingALineBreakAsOne() {
        assertThat(new ReflectionText("x".repeat(4000), null, null).actionPlanReview())
                .hasSize(4000);
        assertThatThrownBy(() -> new ReflectionText(null, null, "x".repeat(4001)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.containing("at most 4000 characters"))
                .extracting(e -> ((RuleViolation) e).field())
                .isEqualTo("nextSessionAgenda");
        String twoThousandLines = "a\r\n".repeat(1999) + "ab";
        assertThat(new ReflectionText(twoThousandLines, null, null).actionPlanReview())
                .hasSize(4000);
    }
}
