/**
 * Economic advice (økonomirådgivning): advisers' weekly hours become 1:1 slots; residents book a slot, get a
 * confirmation and a reminder, and can cancel through a manage link. A slot is taken by one conditional update, so
 * parallel bookings on any number of nodes give it to exactly one resident.
 * <p>
 * Availability: no slots on Danish public holidays (from jollyday, behind {@code ClosedDays}) or the offices' other
 * closed days, nor while an adviser is away; slots made before such a day or absence was known are withdrawn, never
 * deleted, and a booked one keeps its appointment. Residents book within the horizon and not sooner than the minimum
 * notice ({@code BookingWindow}), and can choose an adviser by the languages they speak.
 * <p>
 * Others call nothing here: its boundary ({@code Booking}, {@code AdviserDay}, {@code AdviserHours}) serves
 * residents, advisers and coordinators. It calls {@code plan}, {@code people}, {@code verification},
 * {@code messaging} and {@code audit} through their boundaries.
 */
package dk.helhed.appointments;
