package dev.triad.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * How the outbox is delivered ({@code triad.notifications.*}). The SMTP server itself is set with
 * Spring's standard {@code spring.mail.*} properties.
 *
 * @param from          the From address, e.g. {@code Triad <triad@example.com>}
 * @param batchSize     messages one sender run claims at most
 * @param maxAttempts   failed attempts after which a message is FAILED (HR can retry it)
 * @param lease         how long an instance owns a message it claimed; longer than an SMTP send can take
 * @param backoff       waits after the 1st, 2nd … failure; the last one repeats
 * @param retention     how long sent, held and failed messages and read in-app notifications are kept
 */
@ConfigurationProperties("triad.notifications")
record NotificationProperties(
        @DefaultValue("Triad <triad@localhost>") String from,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT2M") Duration lease,

        @DefaultValue({"PT30S", "PT2M", "PT10M", "PT1H", "PT6H"})
        List<Duration> backoff,

        @DefaultValue("P90D") Duration retention) {

    NotificationProperties {
        if (batchSize < 1 || maxAttempts < 1 || backoff.isEmpty()) {
            throw new IllegalArgumentException(
                    "triad.notifications: batch-size and max-attempts at least 1, one back-off at least");
        }
    }

    /** How long to wait after the {@code failures}-th failed attempt. */
    Duration backoffAfter(int failures) {
        return backoff.get(Math.min(Math.max(failures, 1), backoff.size()) - 1);
    }
}
