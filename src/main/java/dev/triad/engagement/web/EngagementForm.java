package dev.triad.engagement.web;

import dev.triad.engagement.EngagementService.NewEngagement;
import dev.triad.programme.CoachingType;
import dev.triad.programme.Timing;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

class EngagementForm {

    @NotBlank(message = "Enter the client’s email")
    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "Use at most 254 characters")
    private String clientEmail;

    @NotBlank(message = "Enter the leader’s email")
    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "Use at most 254 characters")
    private String leaderEmail;

    @NotNull(message = "Choose a programme")
    private Long programmeId;

    private CoachingType coachingType;

    private Timing timing;

    // One range message for a number too small or too large; the digits check is only about decimals.
    @DecimalMin(value = "0.5", message = "Enter between 0.5 and 500 hours")
    @DecimalMax(value = "500", message = "Enter between 0.5 and 500 hours")
    @Digits(integer = 12, fraction = 2, message = "Use hours with at most two decimals")
    private BigDecimal contractedHours;

    @NotNull(message = "Enter the start date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "Enter the planned end date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEndOn;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private String focus;

    @AssertTrue(message = "The planned end cannot be before the start")
    public boolean isEndAfterStart() {
        return startsOn == null || plannedEndOn == null || !plannedEndOn.isBefore(startsOn);
    }

    @AssertTrue(message = "Dates must lie between the years 2000 and 2100")
    public boolean isPlausibleDates() {
        return plausible(startsOn) && plausible(plannedEndOn);
    }

    private static boolean plausible(LocalDate date) {
        return date == null || (date.getYear() >= 2000 && date.getYear() <= 2100);
    }

    NewEngagement toRequest() {
        return new NewEngagement(
                clientEmail,
                leaderEmail,
                programmeId,
                coachingType,
                timing,
                contractedHours,
                startsOn,
                plannedEndOn,
                focus);
    }

    public String getClientEmail() {
        return clientEmail;
    }

    public void setClientEmail(String clientEmail) {
        this.clientEmail = clientEmail;
    }

    public String getLeaderEmail() {
        return leaderEmail;
    }

    public void setLeaderEmail(String leaderEmail) {
        this.leaderEmail = leaderEmail;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public CoachingType getCoachingType() {
        return coachingType;
    }

    public void setCoachingType(CoachingType coachingType) {
        this.coachingType = coachingType;
    }

    public Timing getTiming() {
        return timing;
    }

    public void setTiming(Timing timing) {
        this.timing = timing;
    }

    public BigDecimal getContractedHours() {
        return contractedHours;
    }

    public void setContractedHours(BigDecimal contractedHours) {
        this.contractedHours = contractedHours;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getPlannedEndOn() {
        return plannedEndOn;
    }

    public void setPlannedEndOn(LocalDate plannedEndOn) {
        this.plannedEndOn = plannedEndOn;
    }

    public String getFocus() {
        return focus;
    }

    public void setFocus(String focus) {
        this.focus = focus;
    }
}
