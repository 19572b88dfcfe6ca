package dev.triad.assessment;

import dev.triad.system.RuleMessages;
import dev.triad.system.RuleViolation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreLineUnitTest {

    @Test
    void scoresAreReadFromSemicolonsTabsOrBarsWithADecimalPointOrComma() {
        List<ScoreLine> lines =
                ScoreLine.parse("Strategic thinking; 4.2; 5\n\nInfluence\t3,5\t5\r\nResilience | 70 | 100\n");
        assertThat(lines)
                .extracting(ScoreLine::competency)
                .containsExactly("Strategic thinking", "Influence", "Resilience");
        assertThat(lines.get(1).score()).isEqualByComparingTo(new BigDecimal("3.5"));
        assertThat(lines.get(2).scale()).isEqualByComparingTo(new BigDecimal("100"));
    }

    @Test
    void aWrongLineIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> ScoreLine.parse("A; 4; 5\nB; 6; 5"))
                .isInstanceOf(RuleViolation.class)
                .satisfies(RuleMessages.saying("Line 2: the score 6 is above the scale 5"));
        assertThatThrownBy(() -> ScoreLine.parse("A; four; 5"))
                .satisfies(RuleMessages.containing("Line 1: the score “four” is not a number"));
        assertThatThrownBy(() -> ScoreLine.parse("A 4 5"))
                .satisfies(RuleMessages.containing("separated by semicolons"));
        assertThatThrownBy(() -> ScoreLine.parse("A; 0; 0")).satisfies(RuleMessages.containing("above 0"));
        assertThatThrownBy(() -> ScoreLine.parse("A; -1; 5")).satisfies(RuleMessages.containing("not a number"));
        assertThatThrownBy(() -> ScoreLine.parse("x; 1; 5\n".repeat(41)))
                .satisfies(RuleMessages.saying("Enter at most 40 scores"));
    }
}
