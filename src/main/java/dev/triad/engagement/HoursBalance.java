package dev.triad.engagement;

import dev.triad.system.Numbers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Contracted hours against the hours the ledger says were used; the remainder is derived, never typed. */
public record HoursBalance(BigDecimal contracted, BigDecimal used) {

    /** Below this share of the contracted hours left, everyone is warned. */
    static final BigDecimal LOW_SHARE = new BigDecimal("0.20");

    /** The engagement's balance as its ledger has it now. */
    static HoursBalance of(Engagement engagement, HoursEntries ledger) {
        return new HoursBalance(engagement.getContractedHours(), ledger.usedBy(engagement.getId()));
    }

    public BigDecimal remaining() {
        return contracted.subtract(used);
    }

    public boolean isLow() {
        return remaining().compareTo(contracted.multiply(LOW_SHARE)) < 0;
    }

    public int percentUsed() {
        if (contracted.signum() == 0) {
            return 100;
        }
        return used.multiply(BigDecimal.valueOf(100))
                .divide(contracted, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** The share used, rounded down to a multiple of 5 between 0 and 100, for drawing a bar. */
    public int progressStep() {
        return Math.max(0, Math.min(100, percentUsed() / 5 * 5));
    }

    public String remainingText() {
        return Numbers.plain(remaining());
    }

    public String contractedText() {
        return Numbers.plain(contracted);
    }

    public String usedText() {
        return Numbers.plain(used);
    }
}
