package dev.triad.goal.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
    @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MULTI_LINE_MESSAGE)
    private String comment;

    static CheckInForm on(LocalDate today) {
        CheckInForm form = new CheckInForm();
        form.measuredOn = today;
        return form;
    }

    public LocalDate getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
    public BigDecimal getValue() { return value; }
    public void setValue(BigDecimal value) { this.value = value; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
