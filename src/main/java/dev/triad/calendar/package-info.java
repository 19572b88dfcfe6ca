/**
 * The coaching calendar's booked times: every scheduled session and alignment meeting holds its time here
 * ({@link dev.triad.calendar.BookedTimes}), one table whose exclusion constraints let PostgreSQL refuse a second
 * booking of the same coach or client at an overlapping time, so two requests at the same moment cannot both win. The
 * session and alignment modules book and free their items' times; free-slot searches read the busy times in one query.
 * {@link dev.triad.calendar.TakenTimeMessages} says why a time is taken in words the person acting may see: what holds
 * it is named only to whoever may see that item.
 */
package dev.triad.calendar;
