package dev.triad.account;

/**
 * A person's second factor was enrolled, replaced or reset (by themself or by HR): like a password change, it ends
 * the person's other signed-in sessions and is worth a security notice.
 */
public record SecondFactorChanged(Long userId, String email) {}
