/**
 * Coaching sessions: scheduling, the client's agenda, the coach's summary and private notes, outcomes,
 * and the cancellation policy (late cancellations, no-shows and cancellations in a row cost the client
 * the session's time and alert HR). The hours they use are written to the engagement's ledger.
 */
package dev.triad.session;
