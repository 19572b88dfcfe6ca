package dev.triad.alignment;

/**
 * One item of an alignment meeting's checklist. The initial meeting's are the seed's agenda; the mid-point and
 * closing meetings look at progress against the measures, what changed, and what sustains it.
 */
public enum AgendaTopic {
    CLARIFY_ROLES(
            MeetingKind.INITIAL,
            "Clarify roles",
            "Who does what: the client owns the agenda and the fieldwork, the coach the process, the leader gives input and feedback."),
    CLARIFY_CONFIDENTIALITY(
            MeetingKind.INITIAL,
            "Clarify confidentiality",
            "What stays between client and coach, and what the client shares with the leader."),
    BACKGROUND_AND_ASSESSMENTS(
            MeetingKind.INITIAL,
            "Client background and assessments",
            "The client’s background, and only the assessments the client has chosen to share with the leader."),
    GOALS(
            MeetingKind.INITIAL,
            "Goals",
            "The client presents the objectives they prepared while the coach and the leader listen."),
    CONSTRAINTS_SUPPORTS_RESOURCES(
            MeetingKind.INITIAL,
            "Organisational constraints, supports and resources",
            "What stands in the way, and what the organisation offers."),
    MEASUREMENT_AND_REPORTING(
            MeetingKind.INITIAL,
            "Agree on measurement, documentation, reporting and evaluation",
            "How progress is measured and documented, how often the client reports to the leader, how the coaching is evaluated."),

    MID_PROGRESS_AGAINST_MEASURES(
            MeetingKind.MID_POINT,
            "Progress against the agreed measures",
            "Where each goal stands against what success was agreed to look like."),
    MID_WHAT_CHANGED(
            MeetingKind.MID_POINT,
            "What has changed",
            "What the client, the leader and others have noticed since the initial meeting."),
    MID_ADJUSTMENTS(
            MeetingKind.MID_POINT,
            "Goals and measures to adjust",
            "What to keep, sharpen or drop for the second half of the engagement."),
    MID_SUPPORT(
            MeetingKind.MID_POINT,
            "Support for the second half",
            "What the leader and the organisation will do to help; whether the reporting cadence works."),

    CLOSING_RESULTS(
            MeetingKind.CLOSING,
            "Progress against the agreed measures",
            "The results reached on each goal, against the measures agreed at the start."),
    CLOSING_WHAT_CHANGED(
            MeetingKind.CLOSING,
            "What changed",
            "The changes in behaviour the client, the leader and others have seen."),
    CLOSING_SUSTAIN(
            MeetingKind.CLOSING,
            "What sustains it",
            "How the client and the leader keep the changes going after the coaching: habits, feedback, follow-up."),
    CLOSING_EVALUATION(
            MeetingKind.CLOSING,
            "Evaluation and next development steps",
            "How the engagement is evaluated (the close-out survey), and what development comes next.");

    private final MeetingKind kind;
    private final String label;
    private final String hint;

    AgendaTopic(MeetingKind kind, String label, String hint) {
        this.kind = kind;
        this.label = label;
        this.hint = hint;
    }

    public MeetingKind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** The item where assessments come up: only those the client has shared with the leader may be discussed. */
    public boolean isAboutAssessments() {
        return this == BACKGROUND_AND_ASSESSMENTS;
    }
}
