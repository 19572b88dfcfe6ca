package dev.triad.impact.web;

import dev.triad.impact.ImpactMeasure;
import dev.triad.impact.ImpactMeasureService.MeasureDetails;
import dev.triad.system.Numbers;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

class MeasureForm {

    @NotBlank(message = "Name the measure")
    @Size(max = 80, message = "Use at most 80 characters")
    @SingleLineText
    private String name;

    @NotBlank(message = "Give the unit, e.g. %, days per quarter, score out of 10")
    @Size(max = 30, message = "Use at most 30 characters")
    @SingleLineText
    private String unit;

    @NotNull(message = "Enter the value before the coaching")
    @DecimalMin(value = "-999999999999", message = "Enter a smaller number")
    @DecimalMax(value = "999999999999", message = "Enter a smaller number")
    @Digits(integer = 12, fraction = 3, message = "Use at most three decimals")
    private BigDecimal before;

    @DecimalMin(value = "-999999999999", message = "Enter a smaller number")
    @DecimalMax(value = "999999999999", message = "Enter a smaller number")
    @Digits(integer = 12, fraction = 3, message = "Use at most three decimals")
    private BigDecimal after;

    private long version;

    MeasureDetails toDetails() {
        return new MeasureDetails(name, unit, before, after);
    }

    static MeasureForm of(ImpactMeasure measure) {
        MeasureForm form = new MeasureForm();
        form.name = measure.getName();
        form.unit = measure.getUnit();
        form.before = Numbers.stripped(measure.getBefore());
        form.after = Numbers.stripped(measure.getAfter());
        form.version = measure.getVersion();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public void setBefore(BigDecimal before) {
        this.before = before;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public void setAfter(BigDecimal after) {
        this.after = after;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
