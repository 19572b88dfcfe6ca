package dev.triad.goal.web;

import dev.triad.goal.GoalCheckIn;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;

class CheckInForm {

    @NotNull(message = "Enter the date of the measurement")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate measuredOn;

    @NotNull(message = "Enter a number")
    @Digits(integer = 12, fraction = 3, message = "Use a number with at most 12 digits and 3 decimals")
    private BigDecimal value;

    @Size(max = 1000, message = "Use at most 1000 characters")
    @MultiLineText
    private String comment;

    /** The check-in's version when the correction form was opened; absent for a new check-in. */
    private Long version;

    static CheckInForm on(LocalDate today) {
        CheckInForm form = new CheckInForm();
        form.measuredOn = today;
        return form;
    }

    static CheckInForm of(GoalCheckIn checkIn) {
        CheckInForm form = new CheckInForm();
        form.measuredOn = checkIn.getMeasuredOn();
        form.value = checkIn.getValue() == null ? null : new BigDecimal(checkIn.getValueText());
        form.comment = checkIn.getComment();
        form.version = checkIn.getVersion();
        return form;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public void setMeasuredOn(LocalDate measuredOn) {
        this.measuredOn = measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
