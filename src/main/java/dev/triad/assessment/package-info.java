/**
 * Assessments the client owns: 360 reviews, stakeholder interviews, psychometric instruments,
 * employee-satisfaction results and self-assessments, with their strengths, development areas, scores
 * and report files; what the client shares of them with the leader; and the access log of every read of
 * this content by someone other than the client. A 360 review prepared in Triad holds the results of a
 * request of the feedback module, which this module reads through {@link dev.triad.assessment.AssessmentFeedback}.
 */
package dev.triad.assessment;
