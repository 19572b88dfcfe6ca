/**
 * People and their accounts: roles, the coach roster profile, login, passwords, activation, and each person's time
 * zone (their account page, HR's person form, the offer to switch to the browser's zone).
 */
package dev.triad.account;
