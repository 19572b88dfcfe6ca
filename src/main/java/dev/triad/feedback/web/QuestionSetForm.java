package dev.triad.feedback.web;

import dev.triad.feedback.QuestionSetDetails;
import dev.triad.system.MultiLineText;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class QuestionSetForm {

    @NotBlank(message = "Name the question set")
    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private String name;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private String description;

    private boolean offered = true;

    @NotBlank(message = "Write at least one rating item")
    @Size(max = 30000, message = "Use at most 30000 characters")
    @MultiLineText
    private String ratingItems;

    @Size(max = 5000, message = "Use at most 5000 characters")
    @MultiLineText
    private String openQuestions;

    private long version;

    static QuestionSetForm of(QuestionSetDetails details, long version) {
        QuestionSetForm form = new QuestionSetForm();
        form.name = details.name();
        form.description = details.description();
        form.offered = details.offered();
        form.ratingItems = details.ratingItems();
        form.openQuestions = details.openQuestions();
        form.version = version;
        return form;
    }

    QuestionSetDetails toDetails() {
        return new QuestionSetDetails(name, description, offered, ratingItems, openQuestions);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isOffered() {
        return offered;
    }

    public void setOffered(boolean offered) {
        this.offered = offered;
    }

    public String getRatingItems() {
        return ratingItems;
    }

    public void setRatingItems(String ratingItems) {
        this.ratingItems = ratingItems;
    }

    public String getOpenQuestions() {
        return openQuestions;
    }

    public void setOpenQuestions(String openQuestions) {
        this.openQuestions = openQuestions;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
