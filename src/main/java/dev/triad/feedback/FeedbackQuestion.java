package dev.triad.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A request's own copy of one question of its set. */
@Entity
@Table(name = "feedback_request_question")
public class FeedbackQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long requestId;

    private int position;

    @Enumerated(EnumType.STRING)
    private QuestionKind kind;

    private String competency;

    private String text;

    protected FeedbackQuestion() {}

    FeedbackQuestion(Long requestId, int position, QuestionItem item) {
        this.requestId = requestId;
        this.position = position;
        this.kind = item.getKind();
        this.competency = item.getCompetency();
        this.text = item.getText();
    }

    public Long getId() {
        return id;
    }

    public Long getRequestId() {
        return requestId;
    }

    public int getPosition() {
        return position;
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
