package dev.triad.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class CoachabilityForm {

    @NotNull(message = "Choose a rating")
    @Min(value = 1, message = "Choose a rating from 1 to 5")
    @Max(value = 5, message = "Choose a rating from 1 to 5")
    private Integer rating;

    @NotBlank(message = "Write what the rating rests on")
    @Size(max = 2000, message = "Use at most 2000 characters")
    private String note;

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
