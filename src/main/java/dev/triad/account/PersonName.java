package dev.triad.account;

/** A person's id and full name, for lists to choose from where the rest of the account is not needed. */
public record PersonName(Long id, String fullName) {}
