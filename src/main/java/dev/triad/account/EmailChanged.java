package dev.triad.account;

/** HR changed the email a person signs in with: both the old and the new address are told. */
public record EmailChanged(Long userId, String oldEmail, String newEmail) {}
