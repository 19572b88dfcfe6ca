package dev.triad.evaluation;

import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** The coach <em>continuously assesses the client's coachability</em>: a rating with a note, for the coach alone. */
@Entity
@Table(name = "coachability_rating")
public class CoachabilityRating {

    public static final List<String> LABELS =
            List.of("Not open to coaching yet", "Reluctant", "Open at times", "Open and engaged", "Highly coachable");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long coachId;

    private int rating;

    private String note;

    private Instant recordedAt;

    protected CoachabilityRating() {}

    CoachabilityRating(Long engagementId, Long coachId, int rating, String note, Instant recordedAt) {
        if (rating < 1 || rating > 5) {
            throw new RuleViolation("rating", "evaluation.coachability.rating.outOfRange");
        }
        if (note == null || note.isBlank()) {
            throw new RuleViolation("note", "evaluation.coachability.note.missing");
        }
        this.engagementId = engagementId;
        this.coachId = coachId;
        this.rating = rating;
        this.note = note.strip();
        this.recordedAt = recordedAt;
    }

    public String ratingLabel() {
        return rating + " – " + LABELS.get(rating - 1);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public Long getCoachId() {
        return coachId;
    }

    public int getRating() {
        return rating;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
