package dev.triad.assessment;

import dev.triad.system.Numbers;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.math.BigDecimal;

/** One structured result of an assessment: a competency's score on the instrument's scale (4.2 out of 5). */
@Entity
public class AssessmentScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long engagementId;

    private Long assessmentId;

    private int position;

    private String competency;

    private BigDecimal score;

    private BigDecimal scale;

    protected AssessmentScore() {}

    AssessmentScore(Assessment assessment, int position, ScoreLine line) {
        this.engagementId = assessment.getEngagementId();
        this.assessmentId = assessment.getId();
        this.position = position;
        this.competency = line.competency();
        this.score = line.score();
        this.scale = line.scale();
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public int getPosition() {
        return position;
    }

    public String getCompetency() {
        return competency;
    }

    public BigDecimal getScore() {
        return score;
    }

    public BigDecimal getScale() {
        return scale;
    }

    public String getScoreText() {
        return Numbers.plain(score);
    }

    public String getScaleText() {
        return Numbers.plain(scale);
    }
}
