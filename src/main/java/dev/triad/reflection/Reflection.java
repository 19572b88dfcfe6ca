package dev.triad.reflection;

import dev.triad.engagement.Engagement;
import dev.triad.system.RuleViolation;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * One week's entry in a client's reflection journal. Private to the client unless shared with the
 * coach; never seen by the leader or HR. One per engagement and week (the week's Monday).
 */
@Entity
@Table(name = "weekly_reflection")
public class Reflection {

    private static final int EXCERPT_LENGTH = 160;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private LocalDate weekOf;

    private String actionPlanReview;

    private String goalsAndProgress;

    private String nextSessionAgenda;

    /** Sharing is not editing: toggling it must not make an open edit form stale. */
    @OptimisticLock(excluded = true)
    private boolean sharedWithCoach;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Reflection() {}

    private Reflection(Long engagementId, LocalDate weekOf, ReflectionText text, boolean sharedWithCoach, Instant now) {
        this.engagementId = engagementId;
        this.weekOf = weekOf;
        this.sharedWithCoach = sharedWithCoach;
        this.createdAt = now;
        write(text, now);
    }

    /**
     * The client's reflection on the week containing {@code day}: this week's or an earlier one, and
     * not before the week the engagement starts.
     */
    static Reflection forWeek(
            Engagement engagement,
            LocalDate day,
            LocalDate thisWeek,
            ReflectionText text,
            boolean sharedWithCoach,
            Instant now) {
        if (day == null) {
            throw new RuleViolation("week", "reflection.week.missing");
        }
        LocalDate week = Weeks.mondayOf(day);
        if (week.isAfter(thisWeek)) {
            throw new RuleViolation("week", "reflection.week.future");
        }
        LocalDate firstWeek = Weeks.mondayOf(engagement.getStartsOn());
        if (week.isBefore(firstWeek)) {
            throw new RuleViolation("week", "reflection.week.beforeEngagement", Weeks.day(firstWeek));
        }
        return new Reflection(engagement.getId(), week, text, sharedWithCoach, now);
    }

    void rewrite(ReflectionText text, Instant now) {
        write(text, now);
    }

    private void write(ReflectionText text, Instant now) {
        this.actionPlanReview = text.actionPlanReview();
        this.goalsAndProgress = text.goalsAndProgress();
        this.nextSessionAgenda = text.nextSessionAgenda();
        this.updatedAt = now;
    }

    void shareWithCoach(boolean shared) {
        this.sharedWithCoach = shared;
    }

    /** "Week of 16 November 2026". */
    public String weekLabel() {
        return Weeks.label(weekOf);
    }

    /** "week of 16 November 2026", for the middle of a sentence. */
    public String weekPhrase() {
        return Weeks.phrase(weekOf);
    }

    /** The beginning of the first part written, for lists. */
    public String excerpt() {
        String first = Stream.of(actionPlanReview, goalsAndProgress, nextSessionAgenda)
                .filter(s -> s != null)
                .findFirst()
                .orElse("");
        String oneLine = first.replaceAll("\\s+", " ");
        return oneLine.length() <= EXCERPT_LENGTH
                ? oneLine
                : oneLine.substring(0, EXCERPT_LENGTH - 1).strip() + "…";
    }

    public boolean wasEdited() {
        return updatedAt != null && !updatedAt.equals(createdAt);
    }

    public Long getId() {
        return id;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public LocalDate getWeekOf() {
        return weekOf;
    }

    public String getActionPlanReview() {
        return actionPlanReview;
    }

    public String getGoalsAndProgress() {
        return goalsAndProgress;
    }

    public String getNextSessionAgenda() {
        return nextSessionAgenda;
    }

    public boolean isSharedWithCoach() {
        return sharedWithCoach;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
