package dev.triad.assessment;

/** What kind of assessment it is (DOMAIN.md, "Assessments — the client owns them"). */
public enum AssessmentKind {
    REVIEW_360("360 review"),
    STAKEHOLDER_INTERVIEWS("Stakeholder interviews"),
    PSYCHOMETRIC("Psychometric instrument"),
    EMPLOYEE_SATISFACTION("Employee-satisfaction results"),
    SELF_ASSESSMENT("Self-assessment");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
