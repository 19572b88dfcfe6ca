package dev.triad.account;

/** A person's password was changed, by themself or through a link: worth a security notice. */
public record PasswordChanged(Long userId) {}
