package dev.triad.engagement.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** HR corrects the hours by hand, always with a reason. */
class AdjustmentForm {

    @NotNull(message = "Enter the hours: positive uses time, negative gives it back")
    // One range message for a number too large either way; the digits check is only about decimals.
    @DecimalMin(value = "-500", message = "Enter between −500 and 500 hours (at most 500 at a time)")
    @DecimalMax(value = "500", message = "Enter between −500 and 500 hours (at most 500 at a time)")
    @Digits(integer = 12, fraction = 2, message = "Use hours with at most two decimals")
    private BigDecimal hours;

    @NotBlank(message = "Give the reason for the adjustment")
    @Size(max = 500, message = "Keep the reason under 500 characters")
    private String reason;

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
