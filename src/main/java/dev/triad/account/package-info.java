/**
 * People and their accounts: roles, the coach roster profile, login, passwords, activation.
 */
package dev.triad.account;
