/**
 * Assessments the client owns: 360 reviews, stakeholder interviews, psychometric instruments,
 * employee-satisfaction results and self-assessments, with their strengths, development areas, scores
 * and report files; what the client shares of them with the leader; 360 feedback requests answered by
 * raters through single-use links; and the access log of every read of this content by someone other
 * than the client.
 */
package dev.triad.assessment;
