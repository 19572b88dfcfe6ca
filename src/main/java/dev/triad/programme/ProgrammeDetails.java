package dev.triad.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything HR sets on a programme: what it is, its engagements' defaults, its cancellation policy and its evaluation. */
public record ProgrammeDetails(String name, String purpose, Timing timing, CoachingType defaultCoachingType,
                               BigDecimal defaultContractedHours, LocalDate startsOn, LocalDate endsOn,
                               int cancellationNoticeHours, int consecutiveCancellationThreshold,
                               int checkInEverySessions, Boolean mandated) {
}
