package dev.triad.feedback;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A question of a question set: a rating item under its competency, or an open question. */
@Embeddable
public class QuestionItem {

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String competency;

    private String text;

    protected QuestionItem() {}

    QuestionItem(QuestionKind kind, String competency, String text) {
        this.kind = kind;
        this.competency = competency;
        this.text = text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getCompetency() {
        return competency;
    }

    public String getText() {
        return text;
    }

    public boolean isRating() {
        return kind == QuestionKind.RATING;
    }
}
