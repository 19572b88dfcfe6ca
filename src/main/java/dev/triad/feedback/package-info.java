/**
 * 360 feedback (DOMAIN.md, "Assessments — the client owns them"): HR's question sets of rating items under their
 * competencies and open questions; requests prepared by client or coach from a set, with the raters asked in their
 * groups (leader, peers, direct reports, customers, others) and the client's own view; raters' single-use links,
 * their drafts and answers, reminders by the coach, closing early by the client or when the engagement closes; and the
 * results in aggregate, with groups under the anonymity threshold folded so that nobody can tell who answered what.
 * A request's results are held by an assessment of kind 360 review, so that the client owns, shares and withdraws them
 * like any assessment and every read is logged: this module depends on the assessment module and implements its
 * {@link dev.triad.assessment.AssessmentFeedback}. Raters' mails are sent by the notification module from
 * {@link dev.triad.feedback.FeedbackEvents}.
 */
package dev.triad.feedback;
