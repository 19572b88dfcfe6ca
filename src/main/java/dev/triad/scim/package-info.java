/**
 * Provisioning by SCIM 2.0 (RFC 7643, RFC 7644): identity providers and HR systems create, describe, deactivate and
 * reactivate people at {@code /scim/v2/Users}, through the account module's own rules, with bearer tokens HR issues on
 * {@code /people/scim-tokens} (shown once, kept as a SHA-256 hash, revocable). Roles stay HR's.
 */
package dev.triad.scim;
