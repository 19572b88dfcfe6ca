/**
 * How an engagement is going and what it achieved (DOMAIN.md, "Progress, reflection and evaluation"):
 * partnership check-ins after every few held sessions (the coach reads them, HR sees only a low-fit flag),
 * the close-out survey to client and leader when an engagement is completed (each answers once), the
 * coach's coachability ratings (coach only), referrals to HR or the employee assistance programme (coach
 * and client only). Close-out ratings feed coach
 * matching through the engagement module's {@link dev.triad.engagement.CoachRatings}; reminders reach the
 * home page through {@link dev.triad.engagement.HomeReminders}.
 */
package dev.triad.evaluation;
