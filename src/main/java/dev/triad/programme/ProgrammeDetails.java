package dev.triad.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Everything HR sets on a programme: what it is, its engagements' defaults, its cancellation policy and its evaluation. */
public record ProgrammeDetails(
        String name,
        String purpose,
        Timing timing,
        CoachingType defaultCoachingType,
        BigDecimal defaultContractedHours,
        LocalDate startsOn,
        LocalDate endsOn,
        int cancellationNoticeHours,
        int consecutiveCancellationThreshold,
        int checkInEverySessions,
        Boolean mandated,
        int outcomeCorrectionDays,
        boolean clientsBookSessions) {

    /** Only coaches schedule sessions. */
    public ProgrammeDetails(
            String name,
            String purpose,
            Timing timing,
            CoachingType defaultCoachingType,
            BigDecimal defaultContractedHours,
            LocalDate startsOn,
            LocalDate endsOn,
            int cancellationNoticeHours,
            int consecutiveCancellationThreshold,
            int checkInEverySessions,
            Boolean mandated,
            int outcomeCorrectionDays) {
        this(
                name,
                purpose,
                timing,
                defaultCoachingType,
                defaultContractedHours,
                startsOn,
                endsOn,
                cancellationNoticeHours,
                consecutiveCancellationThreshold,
                checkInEverySessions,
                mandated,
                outcomeCorrectionDays,
                false);
    }

    /** With the default window for correcting a session's outcome (14 days). */
    public ProgrammeDetails(
            String name,
            String purpose,
            Timing timing,
            CoachingType defaultCoachingType,
            BigDecimal defaultContractedHours,
            LocalDate startsOn,
            LocalDate endsOn,
            int cancellationNoticeHours,
            int consecutiveCancellationThreshold,
            int checkInEverySessions,
            Boolean mandated) {
        this(
                name,
                purpose,
                timing,
                defaultCoachingType,
                defaultContractedHours,
                startsOn,
                endsOn,
                cancellationNoticeHours,
                consecutiveCancellationThreshold,
                checkInEverySessions,
                mandated,
                Programme.DEFAULT_OUTCOME_CORRECTION_DAYS);
    }
}
