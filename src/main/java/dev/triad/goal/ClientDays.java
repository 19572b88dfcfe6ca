package dev.triad.goal;

import dev.triad.engagement.Engagement;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Which day it is for an engagement's plan: the client's, in their own zone (else the organisation's), whoever reads
 * it — a step due today is not overdue until the day has ended where the client is.
 */
final class ClientDays {

    private ClientDays() {}

    static LocalDate today(Engagement engagement, Clock clock) {
        return LocalDate.ofInstant(clock.instant(), engagement.getClient().zoneOr(clock.getZone()));
    }
}
