package dev.triad.evaluation;

import dev.triad.system.RuleViolation;
import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One person's answer to their close-out survey; the database holds one per survey, so each answers once. */
@Entity
@Table(name = "close_out_answer")
public class CloseOutAnswer {

    public static final List<String> SATISFACTION_LABELS =
            List.of("Very dissatisfied", "Dissatisfied", "Neither", "Satisfied", "Very satisfied");
    public static final List<String> GOALS_LABELS =
            List.of("None of them", "A few", "About half", "Most of them", "All of them");
    public static final List<String> CHANGE_LABELS =
            List.of("None", "A little", "Some", "Clear change", "Marked change");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long surveyId;

    private Long engagementId;

    private int satisfaction;

    private int goalsAchieved;

    private int behaviourChange;

    private int wouldRecommend;

    private String comments;

    private Instant answeredAt;

    protected CloseOutAnswer() {}

    CloseOutAnswer(
            CloseOutSurvey survey,
            int satisfaction,
            int goalsAchieved,
            int behaviourChange,
            int wouldRecommend,
            String comments,
            Instant answeredAt) {
        check("satisfaction", satisfaction, 1, 5);
        check("goalsAchieved", goalsAchieved, 1, 5);
        check("behaviourChange", behaviourChange, 1, 5);
        check("wouldRecommend", wouldRecommend, 0, 10);
        this.surveyId = survey.getId();
        this.engagementId = survey.getEngagementId();
        this.satisfaction = satisfaction;
        this.goalsAchieved = goalsAchieved;
        this.behaviourChange = behaviourChange;
        this.wouldRecommend = wouldRecommend;
        this.comments = Texts.clean(comments);
        this.answeredAt = answeredAt;
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new RuleViolation(field, "evaluation.closeOut.answer.outOfRange", min, max);
        }
    }

    public String satisfactionLabel() {
        return satisfaction + " – " + SATISFACTION_LABELS.get(satisfaction - 1);
    }

    public String goalsAchievedLabel() {
        return goalsAchieved + " – " + GOALS_LABELS.get(goalsAchieved - 1);
    }

    public String behaviourChangeLabel() {
        return behaviourChange + " – " + CHANGE_LABELS.get(behaviourChange - 1);
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getEngagementId() {
        return engagementId;
    }

    public int getSatisfaction() {
        return satisfaction;
    }

    public int getGoalsAchieved() {
        return goalsAchieved;
    }

    public int getBehaviourChange() {
        return behaviourChange;
    }

    public int getWouldRecommend() {
        return wouldRecommend;
    }

    public String getComments() {
        return comments;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
