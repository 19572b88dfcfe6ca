/**
 * Goals and action steps: the client's goals on an engagement with their success measure, metric
 * check-ins and the leader's input on shared goals; the action steps that are the client's fieldwork,
 * with their progress notes; and the action plan page that puts both together.
 */
package dev.triad.goal;
