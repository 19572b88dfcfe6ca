/**
 * Engagements: one client's coaching contract with its coach and leader, its phase, the coach
 * assignments and the client's requests for a different coach (HR answers one by reassigning), the hours
 * ledger, and the access policy that decides who sees what of it.
 */
package dev.triad.engagement;
