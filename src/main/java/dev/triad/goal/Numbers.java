package dev.triad.goal;

import java.math.BigDecimal;

/** Numbers as people write them. */
final class Numbers {

    private Numbers() {
    }

    /** 12, 8.5, 0.25: no trailing zeros and no exponent; empty for no number. */
    static String plain(BigDecimal number) {
        if (number == null) {
            return "";
        }
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
