package dev.triad.session;

import dev.triad.programme.Programme;

import java.time.Duration;
import java.time.Instant;

/**
 * The seed's rule, with the programme's numbers: "Client will give 48 hours notice for cancellations";
 * "if two appointments are cancelled consecutively … time will be deducted".
 */
public record CancellationPolicy(Duration notice, int consecutiveThreshold) {

    public static final CancellationPolicy DEFAULT = new CancellationPolicy(Duration.ofHours(Programme.DEFAULT_NOTICE_HOURS),
            Programme.DEFAULT_CONSECUTIVE_THRESHOLD);

    public static CancellationPolicy of(Programme programme) {
        return new CancellationPolicy(Duration.ofHours(programme.getCancellationNoticeHours()),
                programme.getConsecutiveCancellationThreshold());
    }

    /** A cancellation is late when it comes less than the notice before the start (47h59 is late, 48h00 is not). */
    public boolean isLate(Instant startsAt, Instant cancelledAt) {
        return Duration.between(cancelledAt, startsAt).compareTo(notice) < 0;
    }

    public long noticeHours() {
        return notice.toHours();
    }
}
