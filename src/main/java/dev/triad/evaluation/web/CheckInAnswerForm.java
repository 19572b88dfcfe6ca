package dev.triad.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class CheckInAnswerForm {

    @NotNull(message = "Choose how well the partnership works for you")
    @Min(value = 1, message = "Choose an answer from 1 to 5")
    @Max(value = 5, message = "Choose an answer from 1 to 5")
    private Integer fit;

    @Size(max = 2000, message = "Use at most 2000 characters")
    private String whatShouldChange;

    public Integer getFit() {
        return fit;
    }

    public void setFit(Integer fit) {
        this.fit = fit;
    }

    public String getWhatShouldChange() {
        return whatShouldChange;
    }

    public void setWhatShouldChange(String whatShouldChange) {
        this.whatShouldChange = whatShouldChange;
    }
}
