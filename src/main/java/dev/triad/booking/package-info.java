/**
 * Booking sessions in the coach's free time (issue 19): the coach publishes weekly hours in their own zone, exceptions,
 * a minimum notice, a buffer and a maximum per day ({@link dev.triad.booking.Availability}); {@link
 * dev.triad.booking.SlotSearch} finds the free slots from that and the coach's booked times (one query each); where the
 * programme lets clients book themselves, the client books one ({@link dev.triad.booking.BookingService}) and the
 * session module schedules it. Clients see only free times, never what the coach is busy with nor the notes of the
 * coach's exceptions.
 */
package dev.triad.booking;
