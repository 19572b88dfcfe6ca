package dev.triad.programme.web;

import dev.triad.programme.CoachingType;
import dev.triad.programme.Programme;
import dev.triad.programme.ProgrammeDetails;
import dev.triad.programme.Timing;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

class ProgrammeForm {

    @NotBlank(message = "Name the programme")
    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private String name;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String purpose;

    @NotNull(message = "Choose the timing")
    private Timing timing;

    @NotNull(message = "Choose the default coaching type")
    private CoachingType defaultCoachingType;

    @NotNull(message = "Enter the default contracted hours")
    // One range message for a number too small or too large; the digits check is only about decimals.
    @DecimalMin(value = "0.5", message = "Enter between 0.5 and 500 hours")
    @DecimalMax(value = "500", message = "Enter between 0.5 and 500 hours")
    @Digits(integer = 12, fraction = 2, message = "Use hours with at most two decimals")
    private BigDecimal defaultContractedHours;

    @NotNull(message = "Enter the start date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull(message = "Enter the notice a client must give")
    @Min(value = 0, message = "At least 0 hours")
    @Max(value = 336, message = "At most 336 hours (two weeks)")
    private Integer cancellationNoticeHours = Programme.DEFAULT_NOTICE_HOURS;

    @NotNull(message = "Enter how many cancellations in a row alert HR")
    @Min(value = 2, message = "At least 2")
    @Max(value = 10, message = "At most 10")
    private Integer consecutiveCancellationThreshold = Programme.DEFAULT_CONSECUTIVE_THRESHOLD;

    @NotNull(message = "Enter after how many held sessions the client gets a check-in")
    @Min(value = 1, message = "At least every session")
    @Max(value = 20, message = "At most every 20 sessions")
    private Integer checkInEverySessions = Programme.DEFAULT_CHECK_IN_EVERY;

    @NotNull(message = "Enter for how many days after a session its outcome can be corrected")
    @Min(value = 0, message = "At least 0 days")
    @Max(value = 90, message = "At most 90 days")
    private Integer outcomeCorrectionDays = Programme.DEFAULT_OUTCOME_CORRECTION_DAYS;

    /** Who schedules sessions: false = coaches only (the default), true = clients book themselves too. */
    private boolean clientsBookSessions;

    /** Asked of after-the-fact (remedial) programmes only. */
    private Boolean mandated;

    /** The version HR saw, when editing. */
    private long version;

    @AssertTrue(message = "Say whether this remedial coaching is mandated")
    public boolean isMandatedAnswered() {
        return timing != Timing.AFTER_THE_FACT || mandated != null;
    }

    @AssertTrue(message = "Dates must lie between the years 2000 and 2100")
    public boolean isPlausibleDates() {
        return plausible(startsOn) && plausible(endsOn);
    }

    private static boolean plausible(LocalDate date) {
        return date == null || (date.getYear() >= 2000 && date.getYear() <= 2100);
    }

    @AssertTrue(message = "The end date cannot be before the start date")
    public boolean isEndAfterStart() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    ProgrammeDetails toDetails() {
        return new ProgrammeDetails(
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
                timing == Timing.AFTER_THE_FACT ? mandated : null,
                outcomeCorrectionDays,
                clientsBookSessions);
    }

    static ProgrammeForm of(Programme programme) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = programme.getName();
        form.purpose = programme.getPurpose();
        form.timing = programme.getTiming();
        form.defaultCoachingType = programme.getDefaultCoachingType();
        form.defaultContractedHours = programme.getDefaultContractedHours();
        form.startsOn = programme.getStartsOn();
        form.endsOn = programme.getEndsOn();
        form.cancellationNoticeHours = programme.getCancellationNoticeHours();
        form.consecutiveCancellationThreshold = programme.getConsecutiveCancellationThreshold();
        form.checkInEverySessions = programme.getCheckInEverySessions();
        form.outcomeCorrectionDays = programme.getOutcomeCorrectionDays();
        form.mandated = programme.getMandated();
        form.clientsBookSessions = programme.clientsBookSessions();
        form.version = programme.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Timing getTiming() {
        return timing;
    }

    public void setTiming(Timing timing) {
        this.timing = timing;
    }

    public CoachingType getDefaultCoachingType() {
        return defaultCoachingType;
    }

    public void setDefaultCoachingType(CoachingType defaultCoachingType) {
        this.defaultCoachingType = defaultCoachingType;
    }

    public BigDecimal getDefaultContractedHours() {
        return defaultContractedHours;
    }

    public void setDefaultContractedHours(BigDecimal defaultContractedHours) {
        this.defaultContractedHours = defaultContractedHours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public Integer getCancellationNoticeHours() {
        return cancellationNoticeHours;
    }

    public void setCancellationNoticeHours(Integer cancellationNoticeHours) {
        this.cancellationNoticeHours = cancellationNoticeHours;
    }

    public Integer getConsecutiveCancellationThreshold() {
        return consecutiveCancellationThreshold;
    }

    public void setConsecutiveCancellationThreshold(Integer consecutiveCancellationThreshold) {
        this.consecutiveCancellationThreshold = consecutiveCancellationThreshold;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public Integer getOutcomeCorrectionDays() {
        return outcomeCorrectionDays;
    }

    public void setOutcomeCorrectionDays(Integer outcomeCorrectionDays) {
        this.outcomeCorrectionDays = outcomeCorrectionDays;
    }

    public Integer getCheckInEverySessions() {
        return checkInEverySessions;
    }

    public void setCheckInEverySessions(Integer checkInEverySessions) {
        this.checkInEverySessions = checkInEverySessions;
    }

    public Boolean getMandated() {
        return mandated;
    }

    public void setMandated(Boolean mandated) {
        this.mandated = mandated;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public boolean isClientsBookSessions() {
        return clientsBookSessions;
    }

    public void setClientsBookSessions(boolean clientsBookSessions) {
        this.clientsBookSessions = clientsBookSessions;
    }
}
