package dev.triad.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.DayOfWeek;
import java.time.Duration;

/**
 * When reminders go out ({@code triad.reminders.*}). Each person still chooses which they get.
 *
 * @param sessionBefore       how long before a session its reminder goes to client and coach
 * @param agendaBefore        how long before a session the client is reminded to write an agenda still missing
 * @param overdueDigestDay    the day of the week the digest of overdue action steps goes out (once a week)
 * @param reflectionPromptDay the day of the week clients who have not reflected yet are prompted (once a week)
 */
@ConfigurationProperties("triad.reminders")
record ReminderProperties(
        @DefaultValue("PT24H") Duration sessionBefore,
        @DefaultValue("P3D") Duration agendaBefore,
        @DefaultValue("MONDAY") DayOfWeek overdueDigestDay,
        @DefaultValue("FRIDAY") DayOfWeek reflectionPromptDay) {

    ReminderProperties {
        if (sessionBefore.isNegative()
                || sessionBefore.isZero()
                || agendaBefore.isNegative()
                || agendaBefore.isZero()) {
            throw new IllegalArgumentException("triad.reminders: session-before and agenda-before must be positive");
        }
    }
}
