package dev.triad.system;

import java.math.BigDecimal;

/** Numbers as people write them. */
public final class Numbers {

    private Numbers() {}

    /** 12, 8.5, 0.25: no trailing zeros and no exponent; empty for no number. */
    public static String plain(BigDecimal number) {
        return number == null ? "" : stripped(number).toPlainString();
    }

    /** The same number without trailing zeros and never with a negative scale: 8.5 rather than 8.500, 100 rather than 1E+2. */
    public static BigDecimal stripped(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
