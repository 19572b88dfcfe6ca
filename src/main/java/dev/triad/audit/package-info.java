/**
 * The security audit log: an append-only record of sign-ins and their failures, role changes, deactivation, coach
 * assignments, sharing and unsharing, exports and erasures. Any module records through {@link dev.triad.audit.AuditTrail};
 * HR reads and filters it at /audit. Entries say who did what to which record, never confidential content.
 */
package dev.triad.audit;
