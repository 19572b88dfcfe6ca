/**
 * A person's coaching calendar, read across their engagements: the coach's schedule page ({@code /schedule}, this
 * week and the coming ones, as a list and a week grid) and every person's private calendar feed (an .ics address
 * Google Calendar, Outlook and Apple Calendar subscribe to), whose secret token is kept only as a hash. It reads
 * sessions and meetings through {@code session.SessionDirectory} and {@code alignment.AlignmentDirectory}, and writes
 * its events with the same uids and sequences as the invitations ({@code SessionCalendar}, {@code AlignmentCalendar}),
 * so a subscribed calendar and an invited one hold the same event. Nothing confidential leaves: no agenda, summary or
 * note.
 */
package dev.triad.schedule;
