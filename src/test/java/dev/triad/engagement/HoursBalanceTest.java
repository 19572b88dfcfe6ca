package dev.triad.engagement;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class HoursBalanceTest {

    private static HoursBalance balance(String contracted, String used) {
        return new HoursBalance(new BigDecimal(contracted), new BigDecimal(used));
    }

    @Test
    void remainingHoursAreContractedMinusUsed() {
        assertThat(balance("12", "3.5").remaining()).isEqualByComparingTo("8.5");
    }

    @Test
    void theWarningStartsBelowTwentyPercentRemaining() {
        assertThat(balance("10", "8").isLow()).isFalse(); // exactly 20 % left
        assertThat(balance("10", "8.5").isLow()).isTrue();
        assertThat(balance("10", "0").isLow()).isFalse();
    }

    @Test
    void progressIsDrawnInStepsOfFiveAndCappedAtAHundred() {
        assertThat(balance("12", "5").percentUsed()).isEqualTo(42);
        assertThat(balance("12", "5").progressStep()).isEqualTo(40);
        assertThat(balance("10", "12").progressStep()).isEqualTo(100);
    }

    @Test
    void hoursAreWrittenWithoutTrailingZeros() {
        assertThat(balance("12.00", "3.50").remainingText()).isEqualTo("8.5");
        assertThat(balance("12.00", "0").contractedText()).isEqualTo("12");
        assertThat(balance("12.00", "0.00").usedText()).isEqualTo("0");
    }
}
