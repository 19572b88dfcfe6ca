package dev.triad.feedback;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import java.io.Serializable;
import java.util.Objects;

/** A rater's answer to one question: a rating (1–5) for a rating item, words for an open question. */
@Entity
@IdClass(FeedbackAnswer.Key.class)
public class FeedbackAnswer {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long raterId;
        private Long questionId;

        public Key() {}

        Key(Long raterId, Long questionId) {
            this.raterId = raterId;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other
                    && Objects.equals(raterId, other.raterId)
                    && Objects.equals(questionId, other.questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(raterId, questionId);
        }
    }

    @Id
    private Long raterId;

    @Id
    private Long questionId;

    private Long requestId;

    private Integer rating;

    private String text;

    protected FeedbackAnswer() {}

    FeedbackAnswer(FeedbackRater rater, FeedbackQuestion question) {
        this.raterId = rater.getId();
        this.questionId = question.getId();
        this.requestId = rater.getRequestId();
    }

    void set(Integer rating, String text) {
        this.rating = rating;
        this.text = text;
    }

    public Long getRaterId() {
        return raterId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Integer getRating() {
        return rating;
    }

    public String getText() {
        return text;
    }
}
