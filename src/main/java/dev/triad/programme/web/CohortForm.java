package dev.triad.programme.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

class CohortForm {

    @NotBlank(message = "Enter one line per client: client email, leader email")
    @Size(max = 40000, message = "Use at most 40000 characters; enter a bigger cohort in parts")
    private String lines;

    @NotNull(message = "Enter the start date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull(message = "Enter the planned end date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEndOn;

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

    public String getLines() {
        return lines;
    }

    public void setLines(String lines) {
        this.lines = lines;
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
}
