package dev.triad.feedback;

import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions a 360 request asks: rating items on a 1–5 scale grouped by competency, and open
 * questions (a feedforward one among them). Default sets ship with Triad; HR edits them. A request
 * copies the questions when it is prepared, so editing a set never changes a request under way.
 */
@Entity
public class FeedbackQuestionSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String description;

    private boolean offered;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_question_set_item", joinColumns = @JoinColumn(name = "set_id"))
    @OrderColumn(name = "position")
    private List<QuestionItem> items = new ArrayList<>();

    private Instant updatedAt;

    @Version
    private long version;

    protected FeedbackQuestionSet() {}

    FeedbackQuestionSet(QuestionSetDetails details, Instant now) {
        describe(details, now);
    }

    void describe(QuestionSetDetails details, Instant now) {
        if (details.name() == null || details.name().isBlank()) {
            throw new RuleViolation("name", "assessment.questionSet.name.missing");
        }
        List<QuestionItem> newItems = details.items();
        this.name = details.name().strip();
        this.description = Texts.clean(details.description());
        this.offered = details.offered();
        this.items.clear();
        this.items.addAll(newItems);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isOffered() {
        return offered;
    }

    public List<QuestionItem> getItems() {
        return items;
    }

    public long getRatingCount() {
        return items.stream().filter(QuestionItem::isRating).count();
    }

    public long getOpenCount() {
        return items.size() - getRatingCount();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
